package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Lift the tenant's legal hold. */
public record LiftLegalHold(TenantId tenantId, UserId actor) implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
