package io.codeledger.query.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.encounter.*;
import io.codeledger.api.query.CodeExplanation;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.EncounterHistory;
import io.codeledger.api.query.EncounterState;
import io.codeledger.api.query.ExplainCode;
import io.codeledger.api.query.FinalCodeEntry;
import io.codeledger.api.query.FindEncounterHistory;
import io.codeledger.api.query.FindEncounterStateAsOf;
import io.codeledger.api.query.HistoryEntry;
import io.codeledger.query.history.EncounterTimeline;
import io.codeledger.query.history.EncounterTimeline.Recorded;
import io.codeledger.query.history.EventDescriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The audit questions, answered from the event store: the timeline, the state as of an instant
 * (replayed through the same fold the live view uses), and why a code is on an encounter.
 */
@Component
class HistoryQueries {

    private final EncounterTimeline timeline;

    HistoryQueries(EncounterTimeline timeline) {
        this.timeline = timeline;
    }

    @QueryHandler
    EncounterHistory handle(FindEncounterHistory query) {
        return new EncounterHistory(timeline.events(query.tenantId(), query.encounterId(), query.asOf()).stream()
                .map(HistoryQueries::entry)
                .toList());
    }

    @QueryHandler
    Optional<EncounterState> handle(FindEncounterStateAsOf query) {
        List<Recorded> events = timeline.events(query.tenantId(), query.encounterId(), query.asOf());
        if (events.isEmpty() || !(events.get(0).event() instanceof EncounterRegistered registered)) {
            return Optional.empty();
        }
        EncounterDetails state =
                EncounterFold.registered(registered, events.get(0).sequence());
        for (Recorded r : events.subList(1, events.size())) {
            state = EncounterFold.apply(state, r.event(), r.sequence());
        }
        return Optional.of(new EncounterState(
                query.asOf(),
                events.size(),
                state.status(),
                state.finalCodes().stream().map(FinalCodeEntry::code).toList(),
                state.principalDiagnosis(),
                state.suggestions().stream()
                        .map(s ->
                                new EncounterState.SuggestedCode(s.code(), s.confidence(), s.decision(), s.modelHash()))
                        .toList(),
                state.suggestions().stream().map(s -> s.modelHash()).distinct().toList()));
    }

    @QueryHandler
    Optional<CodeExplanation> handle(ExplainCode query) {
        List<Recorded> events = timeline.events(query.tenantId(), query.encounterId(), null);
        List<HistoryEntry> chain = new ArrayList<>();
        boolean everFinal = false;
        boolean finalNow = false;
        for (Recorded r : events) {
            EncounterEvent e = r.event();
            if (concerns(e, query.code())) {
                chain.add(entry(r, explain(e, query.code())));
            }
            if (e instanceof CodeSuggestionAccepted a && a.code().equals(query.code())
                    || e instanceof CodeAdded c && c.code().equals(query.code())) {
                everFinal = true;
                finalNow = true;
            } else if (e instanceof CodeRemoved removed && removed.code().equals(query.code())) {
                finalNow = false;
            }
        }
        return everFinal ? Optional.of(new CodeExplanation(query.code(), finalNow, chain)) : Optional.empty();
    }

    private static boolean concerns(EncounterEvent e, IcdCode code) {
        if (e instanceof CodeSuggestionsRecorded s) {
            return s.suggestions().stream().anyMatch(x -> x.code().equals(code));
        }
        return e instanceof CodeSuggestionAccepted a && a.code().equals(code)
                || e instanceof CodeSuggestionRejected r && r.code().equals(code)
                || e instanceof CodeAdded c && c.code().equals(code)
                || e instanceof CodeRemoved d && d.code().equals(code)
                || e instanceof PrincipalDiagnosisSet p && p.code().equals(code)
                || e instanceof CodingSubmitted s && s.finalCodes().contains(code)
                || e instanceof CodingApproved ap && ap.finalCodes().contains(code)
                || e instanceof EncounterReopened;
    }

    /** For a suggestion, name this code's own confidence and evidence offsets, not the whole list. */
    private static String explain(EncounterEvent e, IcdCode code) {
        if (e instanceof CodeSuggestionsRecorded s) {
            CodeSuggestion mine = s.suggestions().stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            StringBuilder text = new StringBuilder("model " + EventDescriptions.shortHash(s.modelHash()) + " suggested "
                    + code + String.format(" with confidence %.2f", mine.confidence()) + " (" + s.codeSetVersion()
                    + ")");
            mine.evidence()
                    .forEach(span -> text.append("; evidence: document ")
                            .append(span.documentId())
                            .append(" v")
                            .append(span.documentVersion())
                            .append(" characters ")
                            .append(span.start())
                            .append("-")
                            .append(span.end()));
            return text.toString();
        }
        return EventDescriptions.describe(e);
    }

    private static HistoryEntry entry(Recorded r) {
        return entry(r, EventDescriptions.describe(r.event()));
    }

    private static HistoryEntry entry(Recorded r, String description) {
        return new HistoryEntry(
                r.sequence(), r.at(), r.event().actor(), r.event().getClass().getSimpleName(), description);
    }
}
