package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import java.time.Instant;

/** A role was granted. */
public record RoleGranted(TenantId tenantId, Username username, Role role, UserId actor, Instant at)
        implements UserAccountEvent {}
