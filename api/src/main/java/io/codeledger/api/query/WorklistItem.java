package io.codeledger.api.query;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;

/**
 * One encounter on a worklist. {@code priority} is the documented score (see docs/worklist.md):
 * higher is more urgent. {@code maxConfidence} is null until the model has suggested codes;
 * {@code escalated} is true while an encounter waits unclaimed past the tenant's limit.
 */
public record WorklistItem(
        EncounterId encounterId,
        PatientDemographics patient,
        EncounterType type,
        String facility,
        Instant admitted,
        Instant discharged,
        EncounterStatus status,
        UserId assignee,
        int documentCount,
        int suggestionCount,
        Double maxConfidence,
        boolean escalated,
        double priority) {}
