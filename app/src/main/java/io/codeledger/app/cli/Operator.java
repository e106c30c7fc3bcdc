package io.codeledger.app.cli;

import io.codeledger.api.common.UserId;
import java.util.Locale;

/** The operator running a CLI command, recorded as the actor of what it does ({@code cli:<os user>}). */
final class Operator {

    private Operator() {}

    static UserId current() {
        String name = System.getProperty("user.name", "unknown")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._@-]", "-");
        return UserId.of("cli:" + (name.isEmpty() ? "unknown" : name));
    }
}
