package io.codeledger.api.phi;

import io.codeledger.api.common.DomainRuleViolation;

/** A PHI field that is missing or malformed. The message names the field, never its value. */
public class InvalidPhi extends DomainRuleViolation {

    public InvalidPhi(String field, String expected) {
        super("CL-VAL-002", "invalid " + field + ": expected " + expected);
    }
}
