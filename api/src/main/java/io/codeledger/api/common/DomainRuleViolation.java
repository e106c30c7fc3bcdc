package io.codeledger.api.common;

/**
 * A command that breaks a business rule. Carries a stable code (e.g. {@code CL-ENC-003}) that the
 * REST edge returns in problem details and operators can search for. Messages name codes, states
 * and ids, never PHI.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;

    public DomainRuleViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
