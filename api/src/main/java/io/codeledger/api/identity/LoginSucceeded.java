package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A login succeeded (password and TOTP, or an integration client's secret); {@code sessionId} names the session (its refresh-token family for a person); {@code totpStep} is the RFC 6238 time step of the code used (0 for clients), so a code cannot be replayed. */
public record LoginSucceeded(
        TenantId tenantId,
        Username username,
        AuthenticationMethod method,
        String sessionId,
        long totpStep,
        String clientIp,
        String requestId,
        UserId actor,
        Instant at)
        implements UserAccountEvent {}
