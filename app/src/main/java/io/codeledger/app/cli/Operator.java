package io.codeledger.app.cli;

import io.codeledger.api.common.UserId;
import io.codeledger.app.security.OperatorMode;

/** The operator running a CLI command, recorded as the actor of what it does ({@code cli:<os user>}). */
final class Operator {

    private Operator() {}

    static UserId current() {
        return OperatorMode.current();
    }
}
