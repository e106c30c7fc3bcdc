package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** A coder takes the encounter to code it. */
public record ClaimEncounter(TenantId tenantId, EncounterId encounterId, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
