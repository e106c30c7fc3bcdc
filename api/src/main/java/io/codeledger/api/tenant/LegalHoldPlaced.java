package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The tenant was placed under legal hold. */
public record LegalHoldPlaced(TenantId tenantId, String matter, UserId actor, Instant at) {}
