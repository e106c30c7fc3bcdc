package io.codeledger.api.tenant;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** Every key of the tenant's PHI was destroyed; its PHI now reads as a shredded marker everywhere. Holds no PHI. */
public record TenantPhiShredded(TenantId tenantId, UserId approvedBy, UserId actor, Instant at) {}
