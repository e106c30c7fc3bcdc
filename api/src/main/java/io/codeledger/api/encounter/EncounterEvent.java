package io.codeledger.api.encounter;

import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.PhiOwner;
import java.time.Instant;

/** Something that happened to one encounter: who did it and when. */
public interface EncounterEvent extends PhiOwner {

    @Override
    TenantId tenantId();

    EncounterId encounterId();

    UserId actor();

    Instant at();

    /** The encounter aggregate the event belongs to. */
    @Override
    default String aggregateId() {
        return AggregateIds.encounter(tenantId(), encounterId());
    }
}
