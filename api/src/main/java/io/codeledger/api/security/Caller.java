package io.codeledger.api.security;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.util.Set;

/**
 * Who is asking: the authenticated user or machine client, the one tenant it belongs to, and its
 * roles. Every command and query is checked against it.
 */
public record Caller(TenantId tenantId, UserId userId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
