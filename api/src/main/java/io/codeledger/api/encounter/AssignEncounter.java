package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** A supervisor assigns (or reassigns) the encounter to a coder. */
public record AssignEncounter(
        TenantId tenantId, EncounterId encounterId, UserId assignee, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
