package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.encounter.EncounterStatus;
import java.time.Instant;
import java.util.List;

/**
 * What an encounter's coding was at {@code asOf}: status, final codes in order, principal diagnosis,
 * suggestions with their decisions, and the model hashes behind them. Replayed from events, not read
 * from a stored view; holds no PHI.
 */
public record EncounterState(
        Instant asOf,
        long eventsApplied,
        EncounterStatus status,
        List<IcdCode> finalCodes,
        IcdCode principalDiagnosis,
        List<SuggestedCode> suggestions,
        List<String> modelHashes) {

    public EncounterState {
        finalCodes = List.copyOf(finalCodes);
        suggestions = List.copyOf(suggestions);
        modelHashes = List.copyOf(modelHashes);
    }

    /** A suggestion as it stood: confidence, decision and model. */
    public record SuggestedCode(IcdCode code, double confidence, String decision, String modelHash) {}
}
