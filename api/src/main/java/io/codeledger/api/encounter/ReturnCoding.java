package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;

/** A supervisor returns submitted coding to the coder; the reason is required. */
public record ReturnCoding(
        TenantId tenantId, EncounterId encounterId, FreeText reason, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
