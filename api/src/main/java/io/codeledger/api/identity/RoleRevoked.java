package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import java.time.Instant;

/** A role was revoked. */
public record RoleRevoked(TenantId tenantId, Username username, Role role, UserId actor, Instant at)
        implements UserAccountEvent {}
