package io.codeledger.api.common;

/**
 * Nothing by that id in the caller's tenant. Deliberately the same answer whether it does not exist
 * at all or belongs to another tenant.
 */
public class NotFound extends DomainRuleViolation {

    public NotFound(String code, String message) {
        super(code, message);
    }

    public static NotFound encounter() {
        return new NotFound("CL-ENC-404", "no such encounter");
    }
}
