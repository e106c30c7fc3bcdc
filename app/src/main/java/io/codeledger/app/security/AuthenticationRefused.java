package io.codeledger.app.security;

import io.codeledger.api.common.DomainRuleViolation;

/**
 * A login, refresh or client-credentials request that was not accepted (401). One message per
 * kind, whatever the reason (unknown user, wrong password or code, locked, reused token), so the
 * answer reveals nothing; the reason is in the account's events.
 */
final class AuthenticationRefused extends DomainRuleViolation {

    private AuthenticationRefused(String code, String message) {
        super(code, message);
    }

    static AuthenticationRefused login() {
        return new AuthenticationRefused(
                "CL-AUTH-001", "the username, password and one-time code were not accepted together");
    }

    static AuthenticationRefused refresh() {
        return new AuthenticationRefused("CL-AUTH-002", "the refresh token is not valid; log in again");
    }

    static AuthenticationRefused client() {
        return new AuthenticationRefused("CL-AUTH-003", "the client credentials were not accepted");
    }
}
