package io.codeledger.api.security;

import io.codeledger.api.common.DomainRuleViolation;

/**
 * What a caller sees for something outside its tenant, or something that does not exist: the same
 * answer in both cases, so guessed identifiers reveal nothing. The code is the resource's ordinary
 * not-found code (e.g. {@code CL-ENC-404}).
 */
public class NotFoundForCaller extends DomainRuleViolation {

    public NotFoundForCaller(String code, String message) {
        super(code, message);
    }

    public static NotFoundForCaller encounter() {
        return new NotFoundForCaller("CL-ENC-404", "no such encounter");
    }

    public static NotFoundForCaller resource() {
        return new NotFoundForCaller("CL-HTTP-404", "no such resource");
    }
}
