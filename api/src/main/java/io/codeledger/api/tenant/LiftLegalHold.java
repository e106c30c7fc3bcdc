package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Lift the tenant's legal hold. */
public record LiftLegalHold(TenantId tenantId, UserId actor) implements AggregateCommand {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
