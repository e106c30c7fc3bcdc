package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The account was unlocked, by an administrator or because its lockout ended. */
public record UserUnlocked(TenantId tenantId, Username username, UserId actor, Instant at)
        implements UserAccountEvent {}
