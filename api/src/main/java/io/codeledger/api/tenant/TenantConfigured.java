package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A tenant's coding settings changed. */
public record TenantConfigured(TenantId tenantId, TenantSettings settings, UserId actor, Instant at) {}
