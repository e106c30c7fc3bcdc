package io.codeledger.api.encounter;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.PhiOwner;

/**
 * A command to one encounter. The idempotency key is optional: a command repeated with the key of
 * one the encounter already handled has no second effect.
 */
public interface EncounterCommand extends AggregateCommand, PhiOwner {

    @Override
    TenantId tenantId();

    EncounterId encounterId();

    UserId actor();

    String idempotencyKey();

    /** The encounter aggregate this command targets. */
    @Override
    default String aggregateId() {
        return AggregateIds.encounter(tenantId(), encounterId());
    }
}
