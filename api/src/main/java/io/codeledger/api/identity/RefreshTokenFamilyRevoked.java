package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A session (refresh-token family) ended: logout, reuse, idle time-out or expiry. */
public record RefreshTokenFamilyRevoked(
        TenantId tenantId, Username username, String sessionId, SessionEnd reason, UserId actor, Instant at)
        implements UserAccountEvent {}
