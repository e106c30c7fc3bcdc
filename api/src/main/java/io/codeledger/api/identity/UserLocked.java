package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The account was locked: by an administrator ({@code until} null) or after repeated failures (until the lockout ends). */
public record UserLocked(
        TenantId tenantId, Username username, LockReason reason, Instant until, UserId actor, Instant at)
        implements UserAccountEvent {}
