package io.codeledger.api.identity;

import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.PhiOwner;
import java.time.Instant;

/** Something that happened to one user account: who did it ({@code actor}) and when. */
public interface UserAccountEvent extends PhiOwner {

    @Override
    TenantId tenantId();

    Username username();

    UserId actor();

    Instant at();

    /** The user-account aggregate the event belongs to. */
    @Override
    default String aggregateId() {
        return AggregateIds.user(tenantId(), username().value());
    }
}
