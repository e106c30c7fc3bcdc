package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Attach a clinical document (or a new version of one) to an encounter. */
public record AttachClinicalDocument(
        TenantId tenantId, EncounterId encounterId, ClinicalDocument document, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
