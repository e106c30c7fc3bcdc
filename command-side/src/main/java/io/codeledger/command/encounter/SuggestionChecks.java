package io.codeledger.command.encounter;

import io.codeledger.api.encounter.CodeSuggestion;
import io.codeledger.api.encounter.EvidenceSpan;
import java.util.Map;

/** A suggestion's confidence is a probability and each evidence span lies inside an attached document. */
final class SuggestionChecks {

    private SuggestionChecks() {}

    static void check(CodeSuggestion suggestion, Map<String, Integer> documentLengths) {
        if (!(suggestion.confidence() >= 0.0 && suggestion.confidence() <= 1.0)) {
            throw EncounterRules.invalid("confidence of " + suggestion.code() + " must be between 0 and 1");
        }
        if (suggestion.evidence() == null) {
            throw EncounterRules.badEvidence(suggestion.code(), "is missing");
        }
        for (EvidenceSpan span : suggestion.evidence()) {
            Integer length =
                    documentLengths.get(Encounter.documentKey(span.documentId().value(), span.documentVersion()));
            if (length == null) {
                throw EncounterRules.badEvidence(
                        suggestion.code(),
                        "points to document " + span.documentId() + " version " + span.documentVersion()
                                + ", which is not attached");
            }
            if (span.start() < 0 || span.end() <= span.start() || span.end() > length) {
                throw EncounterRules.badEvidence(
                        suggestion.code(),
                        "has offsets [" + span.start() + ", " + span.end() + ") outside the document's " + length
                                + " characters");
            }
        }
    }
}
