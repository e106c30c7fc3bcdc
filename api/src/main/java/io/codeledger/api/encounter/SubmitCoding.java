package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Submit the final codes for supervisor approval. */
public record SubmitCoding(TenantId tenantId, EncounterId encounterId, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
