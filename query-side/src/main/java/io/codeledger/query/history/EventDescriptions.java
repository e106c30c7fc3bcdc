package io.codeledger.query.history;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.encounter.*;
import java.util.List;
import java.util.stream.Collectors;

/** Plain-language descriptions of encounter events for the audit timeline. Never includes PHI. */
public final class EventDescriptions {

    private EventDescriptions() {}

    public static String describe(EncounterEvent event) {
        if (event instanceof EncounterRegistered e) {
            return "registered " + article(e.type().name()) + " "
                    + e.type().name().toLowerCase() + " encounter at "
                    + e.facility() + ", admitted " + e.admitted()
                    + (e.discharged() == null ? ", not yet discharged" : ", discharged " + e.discharged());
        } else if (event instanceof ClinicalDocumentAttached e) {
            ClinicalDocument d = e.document();
            return "attached document " + d.id() + " version " + d.version() + " (LOINC " + d.loincType() + ", "
                    + (d.text().shredded() ? "text shredded" : d.text().length() + " characters") + ")";
        } else if (event instanceof CodeSuggestionsRecorded e) {
            return "model " + shortHash(e.modelHash()) + " suggested "
                    + e.suggestions().size() + " codes ("
                    + e.codeSetVersion() + "): "
                    + e.suggestions().stream()
                            .limit(5)
                            .map(s -> s.code() + String.format(" %.2f", s.confidence()))
                            .collect(Collectors.joining(", "))
                    + (e.suggestions().size() > 5 ? ", ..." : "");
        } else if (event instanceof EncounterClaimed e) {
            return e.actor() + " claimed the encounter for coding";
        } else if (event instanceof EncounterAssigned e) {
            return "assigned the encounter to " + e.assignee();
        } else if (event instanceof CodeSuggestionAccepted e) {
            return "accepted suggested code " + e.code() + " (model " + shortHash(e.modelHash()) + ")";
        } else if (event instanceof CodeSuggestionRejected e) {
            return "rejected suggested code " + e.code() + ": " + e.reasonCode();
        } else if (event instanceof CodeAdded e) {
            return "added code " + e.code() + " by hand, with a reason";
        } else if (event instanceof CodeRemoved e) {
            return "removed code " + e.code();
        } else if (event instanceof PrincipalDiagnosisSet e) {
            return "made " + e.code() + " the principal diagnosis";
        } else if (event instanceof CodesSequenced e) {
            return "put the codes in order: " + codes(e.order());
        } else if (event instanceof CodingSubmitted e) {
            return "submitted " + e.finalCodes().size() + " codes for approval: " + codes(e.finalCodes());
        } else if (event instanceof CodingApproved e) {
            return "approved the coding: " + codes(e.finalCodes());
        } else if (event instanceof CodingReturned e) {
            return "returned the coding to the coder, with a reason";
        } else if (event instanceof EncounterReopened e) {
            return "reopened the approved coding, with a reason";
        }
        return event.getClass().getSimpleName();
    }

    private static String codes(List<IcdCode> codes) {
        return codes.stream().map(IcdCode::value).collect(Collectors.joining(", "));
    }

    public static String shortHash(String hash) {
        return hash == null ? "unknown" : hash.length() > 19 ? hash.substring(0, 19) : hash;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
