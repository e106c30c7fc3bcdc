package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** The tenant's data key was rotated to {@code keyVersion}. */
public record TenantKeysRotated(TenantId tenantId, int keyVersion, UserId actor, Instant at) {}
