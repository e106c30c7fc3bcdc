package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;
import java.util.List;

/** Register an encounter sent by an EHR, with the documents it already has. */
public record RegisterEncounter(
        TenantId tenantId,
        EncounterId encounterId,
        PatientDemographics patient,
        EncounterType type,
        String facility,
        Instant admitted,
        Instant discharged,
        String attending,
        List<ClinicalDocument> documents,
        UserId actor,
        String idempotencyKey)
        implements EncounterCommand {}
