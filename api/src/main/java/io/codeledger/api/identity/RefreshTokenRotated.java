package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A refresh token was used and replaced by a new one (by hash); the used one is spent. */
public record RefreshTokenRotated(
        TenantId tenantId,
        Username username,
        String sessionId,
        String tokenHash,
        Instant expiresAt,
        String clientIp,
        String requestId,
        UserId actor,
        Instant at)
        implements UserAccountEvent {}
