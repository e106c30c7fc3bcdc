package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Create a tenant (a hospital, billing company or clinic) with default settings. */
public record CreateTenant(TenantId tenantId, String displayName, UserId actor) implements AggregateCommand {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
