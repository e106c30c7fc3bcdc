package io.codeledger.api.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The account was deactivated. */
public record UserDeactivated(TenantId tenantId, Username username, UserId actor, Instant at)
        implements UserAccountEvent {}
