package io.codeledger.api.identity;

import io.codeledger.api.security.Role;
import java.util.Set;

/** The answer to a login: accepted with the account's current roles, or refused (and why, for the log only). */
public record AuthenticationOutcome(boolean accepted, Set<Role> roles, LoginFailure failure) {

    public AuthenticationOutcome {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static AuthenticationOutcome accepted(Set<Role> roles) {
        return new AuthenticationOutcome(true, roles, null);
    }

    public static AuthenticationOutcome refused(LoginFailure failure) {
        return new AuthenticationOutcome(false, Set.of(), failure);
    }
}
