package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Destroy every key of the tenant's PHI (crypto-shredding). Two-person rule: {@code approvedBy} is a second administrator, not the actor. */
public record ShredTenantPhi(TenantId tenantId, UserId approvedBy, UserId actor)
        implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
