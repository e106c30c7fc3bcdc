package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A refresh token that had already been used was presented again: a sign of theft. The family is revoked next. */
public record RefreshTokenReuseDetected(
        TenantId tenantId,
        Username username,
        String sessionId,
        String clientIp,
        String requestId,
        UserId actor,
        Instant at)
        implements UserAccountEvent {}
