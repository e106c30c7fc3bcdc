package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** An access review of the tenant's accounts was produced (by {@code actor}, covering {@code users}). */
public record AccessReviewRecorded(TenantId tenantId, int users, UserId actor, Instant at) {}
