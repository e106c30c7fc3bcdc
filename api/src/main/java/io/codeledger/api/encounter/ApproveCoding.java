package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** A supervisor approves the submitted coding. */
public record ApproveCoding(TenantId tenantId, EncounterId encounterId, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
