package io.codeledger.api.common;

/**
 * An identifier that does not have the required form. The message names the kind of identifier and
 * the rule, never the offending value (it may have been typed into the wrong field and hold PHI).
 */
public class InvalidIdentifier extends DomainRuleViolation {

    public InvalidIdentifier(String kind, String rule) {
        super("CL-VAL-001", "invalid " + kind + ": expected " + rule);
    }
}
