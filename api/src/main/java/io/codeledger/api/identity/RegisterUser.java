package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import java.util.Set;

/** Register a user account in a tenant with its initial roles. The username must be free in every tenant. */
public record RegisterUser(TenantId tenantId, Username username, Set<Role> roles, UserId actor)
        implements UserAccountCommand {

    public RegisterUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
