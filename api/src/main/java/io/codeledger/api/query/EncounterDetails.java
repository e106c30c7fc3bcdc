package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.phi.PhiOwner;
import java.time.Instant;
import java.util.List;

/**
 * Everything a coder sees on one encounter: demographics and documents (PHI), the model's
 * suggestions with their evidence, the final codes with who added them when and why, the principal
 * diagnosis and the status history. {@code lastSequence} is the last event it reflects.
 */
public record EncounterDetails(
        TenantId tenantId,
        EncounterId encounterId,
        PatientDemographics patient,
        EncounterType type,
        String facility,
        Instant admitted,
        Instant discharged,
        String attending,
        EncounterStatus status,
        UserId assignee,
        List<DocumentEntry> documents,
        List<SuggestionEntry> suggestions,
        List<FinalCodeEntry> finalCodes,
        IcdCode principalDiagnosis,
        List<StatusChange> statusHistory,
        long lastSequence)
        implements PhiOwner {

    public EncounterDetails {
        documents = List.copyOf(documents);
        suggestions = List.copyOf(suggestions);
        finalCodes = List.copyOf(finalCodes);
        statusHistory = List.copyOf(statusHistory);
    }

    @Override
    public String aggregateId() {
        return AggregateIds.encounter(tenantId, encounterId);
    }
}
