package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Log out: end session {@code sessionId}; its refresh tokens stop working at once. */
public record EndSession(TenantId tenantId, Username username, String sessionId, UserId actor)
        implements UserAccountCommand {}
