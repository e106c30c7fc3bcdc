package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Make a new version of the tenant's data key current; older versions still open what they sealed. */
public record RotateTenantKeys(TenantId tenantId, UserId actor) implements AggregateCommand {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
