package io.codeledger.api.tenant;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.TenantScoped;

/** Place the tenant under legal hold: its PHI may not be shredded until the hold is lifted. {@code matter} names the legal matter (no PHI). */
public record PlaceLegalHold(TenantId tenantId, String matter, UserId actor) implements AggregateCommand, TenantScoped {

    @Override
    public String aggregateId() {
        return AggregateIds.tenant(tenantId);
    }
}
