package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A tenant was created. */
public record TenantCreated(TenantId tenantId, String displayName, TenantSettings settings, UserId actor, Instant at) {}
