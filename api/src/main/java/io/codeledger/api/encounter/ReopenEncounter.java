package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;

/** A supervisor reopens approved coding; the reason is required. */
public record ReopenEncounter(
        TenantId tenantId, EncounterId encounterId, FreeText reason, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
