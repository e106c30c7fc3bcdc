package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Make a new version of the tenant's data key current; older versions still open what they sealed. */
public record RotateTenantKeys(TenantId tenantId, UserId actor) implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
