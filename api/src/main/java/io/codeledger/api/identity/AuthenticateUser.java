package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import java.time.Instant;

/**
 * A person logs in with password and one-time code. On success the account starts session {@code
 * sessionId} whose first refresh token has hash {@code refreshTokenHash}; on failure it records why
 * and may lock. The handler answers with an {@link AuthenticationOutcome} rather than an exception,
 * so that a failure is recorded, not rolled back.
 */
public record AuthenticateUser(
        TenantId tenantId,
        Username username,
        PresentedSecret password,
        PresentedSecret totp,
        String sessionId,
        String refreshTokenHash,
        Instant refreshExpiresAt,
        String clientIp,
        String requestId)
        implements UserAccountCommand {}
