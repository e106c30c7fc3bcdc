package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Create a tenant (a hospital, billing company or clinic) with default settings. */
public record CreateTenant(TenantId tenantId, String displayName, UserId actor)
        implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
