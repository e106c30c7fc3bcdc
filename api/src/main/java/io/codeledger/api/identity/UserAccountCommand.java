package io.codeledger.api.identity;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.phi.PhiOwner;

/** A command to one user account, addressed by tenant and username. */
public interface UserAccountCommand extends AggregateCommand, PhiOwner {

    @Override
    TenantId tenantId();

    Username username();

    /** The user-account aggregate this command targets. */
    @Override
    default String aggregateId() {
        return AggregateIds.user(tenantId(), username().value());
    }
}
