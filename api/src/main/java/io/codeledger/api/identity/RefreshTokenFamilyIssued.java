package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A session began: its first refresh token (by hash) and when that token expires. */
public record RefreshTokenFamilyIssued(
        TenantId tenantId,
        Username username,
        String sessionId,
        String tokenHash,
        Instant expiresAt,
        UserId actor,
        Instant at)
        implements UserAccountEvent {}
