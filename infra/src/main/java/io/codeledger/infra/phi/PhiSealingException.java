package io.codeledger.infra.phi;

/**
 * A PHI value that cannot be sealed or opened safely: written outside a PHI owner, altered, moved
 * to another tenant, aggregate or field, or found unsealed in a store. Messages name the field and
 * aggregate, never the value.
 */
public class PhiSealingException extends RuntimeException {

    private final String code;

    public PhiSealingException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public PhiSealingException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
