package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import java.time.Instant;
import java.util.Set;

/** A user account was registered. */
public record UserRegistered(TenantId tenantId, Username username, Set<Role> roles, UserId actor, Instant at)
        implements UserAccountEvent {

    public UserRegistered {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
