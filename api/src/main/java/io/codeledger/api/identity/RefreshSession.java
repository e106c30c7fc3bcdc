package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import java.time.Instant;

/**
 * Exchange the refresh token with hash {@code presentedHash} of session {@code sessionId} for a new
 * one ({@code newHash}). {@code lastActivity} is when the session last made an authenticated
 * request; a session idle for longer than the time-out is ended instead. Presenting a spent token
 * revokes the whole session. Answered with a {@link RefreshOutcome}.
 */
public record RefreshSession(
        TenantId tenantId,
        Username username,
        String sessionId,
        String presentedHash,
        String newHash,
        Instant newExpiresAt,
        Instant lastActivity,
        String clientIp,
        String requestId)
        implements UserAccountCommand {}
