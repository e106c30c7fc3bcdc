package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;

/** An encounter was registered. */
public record EncounterRegistered(
        TenantId tenantId,
        EncounterId encounterId,
        PatientDemographics patient,
        EncounterType type,
        String facility,
        Instant admitted,
        Instant discharged,
        String attending,
        UserId actor,
        Instant at)
        implements EncounterEvent {}
