package io.codeledger.query.worklist;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.ClinicalDocumentAttached;
import io.codeledger.api.encounter.CodeSuggestion;
import io.codeledger.api.encounter.CodeSuggestionsRecorded;
import io.codeledger.api.encounter.EncounterAssigned;
import io.codeledger.api.encounter.EncounterClaimed;
import io.codeledger.api.encounter.EncounterEvent;
import io.codeledger.api.encounter.EncounterRegistered;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.encounter.UnclaimedEncounterEscalated;
import io.codeledger.api.phi.PatientDemographics;
import java.time.Instant;

/**
 * An encounter as the worklist shows it. Immutable: {@link #apply} returns the copy after one more
 * event. {@code lastSequence} is the aggregate sequence number of the last event applied, which
 * makes the projection idempotent.
 */
record WorklistEntry(
        TenantId tenantId,
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
        long lastSequence) {

    static WorklistEntry registered(EncounterRegistered e, long sequence) {
        return new WorklistEntry(
                e.tenantId(),
                e.encounterId(),
                e.patient(),
                e.type(),
                e.facility(),
                e.admitted(),
                e.discharged(),
                EncounterStatus.after(null, e),
                null,
                0,
                0,
                null,
                false,
                sequence);
    }

    WorklistEntry apply(EncounterEvent event, long sequence) {
        EncounterStatus nextStatus = EncounterStatus.after(status, event);
        UserId nextAssignee = assignee;
        int docs = documentCount;
        int suggestions = suggestionCount;
        Double confidence = maxConfidence;
        boolean escalate = escalated;
        if (event instanceof ClinicalDocumentAttached) {
            docs++;
        } else if (event instanceof CodeSuggestionsRecorded recorded) {
            suggestions += recorded.suggestions().size();
            for (CodeSuggestion s : recorded.suggestions()) {
                confidence = confidence == null ? s.confidence() : Math.max(confidence, s.confidence());
            }
        } else if (event instanceof EncounterClaimed claimed) {
            nextAssignee = claimed.actor();
            escalate = false;
        } else if (event instanceof UnclaimedEncounterEscalated) {
            escalate = true;
        } else if (event instanceof EncounterAssigned assigned) {
            nextAssignee = assigned.assignee();
        }
        return new WorklistEntry(
                tenantId,
                encounterId,
                patient,
                type,
                facility,
                admitted,
                discharged,
                nextStatus,
                nextAssignee,
                docs,
                suggestions,
                confidence,
                escalate,
                sequence);
    }

    double priorityKey() {
        return Priority.key(type, admitted, discharged, maxConfidence);
    }
}
