package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The tenant's legal hold was lifted. */
public record LegalHoldLifted(TenantId tenantId, UserId actor, Instant at) {}
