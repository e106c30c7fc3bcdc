package io.codeledger.api.identity;

import io.codeledger.api.security.Role;
import java.util.Set;

/** The answer to a refresh: rotated (with the account's current roles) or refused, and why. */
public record RefreshOutcome(Status status, Set<Role> roles) {

    /** What happened to the presented refresh token. */
    public enum Status {
        ROTATED,
        /** The token was already spent: the session is revoked. */
        REUSED,
        IDLE,
        EXPIRED,
        /** Unknown token, ended session, or locked/deactivated account. */
        INVALID
    }

    public RefreshOutcome {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean rotated() {
        return status == Status.ROTATED;
    }

    public static RefreshOutcome refused(Status status) {
        return new RefreshOutcome(status, Set.of());
    }
}
