package io.codeledger.api.security;

/** What a user may do; see docs/security.md for the full matrix. */
public enum Role {
    CODER,
    SUPERVISOR,
    AUDITOR,
    ADMIN,
    INTEGRATION_SERVICE
}
