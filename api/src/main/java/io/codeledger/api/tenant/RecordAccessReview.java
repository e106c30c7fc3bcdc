package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Record that the tenant's periodic access review was produced; the next one lists changes since. */
public record RecordAccessReview(TenantId tenantId, int users, UserId actor) implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
