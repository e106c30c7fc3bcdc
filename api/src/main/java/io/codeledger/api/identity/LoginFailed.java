package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A login failed, and why. The response said only that the credentials were not accepted. */
public record LoginFailed(
        TenantId tenantId,
        Username username,
        LoginFailure reason,
        String clientIp,
        String requestId,
        UserId actor,
        Instant at)
        implements UserAccountEvent {}
