package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Make one final ICD-10-CM code the principal diagnosis. */
public record SetPrincipalDiagnosis(
        TenantId tenantId, EncounterId encounterId, IcdCode code, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
