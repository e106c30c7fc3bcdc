package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;

/**
 * An integration service authenticates with OAuth2 client credentials (client id = username, and
 * its client secret). Answered with an {@link AuthenticationOutcome}; failures count towards
 * lockout as a person's do.
 */
public record AuthenticateClient(
        TenantId tenantId,
        Username username,
        PresentedSecret secret,
        String sessionId,
        String clientIp,
        String requestId)
        implements UserAccountCommand {}
