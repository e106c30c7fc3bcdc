package io.codeledger.query.encounter;

import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.query.DocumentEntry;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.EvidenceQuote;
import io.codeledger.api.query.FindEncounter;
import io.codeledger.api.query.SuggestionEntry;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindEncounter}: the stored view with every evidence span resolved to the exact
 * text it points at in its document version.
 */
@Component
class EncounterQueries {

    private final EncounterViewRepository repository;

    EncounterQueries(EncounterViewRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    Optional<EncounterDetails> handle(FindEncounter query) {
        return repository.find(query.tenantId(), query.encounterId()).map(EncounterQueries::withQuotes);
    }

    static EncounterDetails withQuotes(EncounterDetails view) {
        List<SuggestionEntry> suggestions = view.suggestions().stream()
                .map(s -> new SuggestionEntry(
                        s.code(),
                        s.confidence(),
                        s.evidence().stream()
                                .map(e -> quote(view.documents(), e))
                                .toList(),
                        s.modelHash(),
                        s.codeSetVersion(),
                        s.suggestedAt(),
                        s.decision(),
                        s.decidedBy(),
                        s.decidedAt(),
                        s.reasonCode(),
                        s.reason()))
                .toList();
        return new EncounterDetails(
                view.tenantId(),
                view.encounterId(),
                view.patient(),
                view.type(),
                view.facility(),
                view.admitted(),
                view.discharged(),
                view.attending(),
                view.status(),
                view.assignee(),
                view.documents(),
                suggestions,
                view.finalCodes(),
                view.principalDiagnosis(),
                view.statusHistory(),
                view.lastSequence());
    }

    private static EvidenceQuote quote(List<DocumentEntry> documents, EvidenceQuote span) {
        return documents.stream()
                .filter(d -> d.id().equals(span.documentId()) && d.version() == span.documentVersion())
                .findFirst()
                .map(d -> span.withQuote(
                        d.text().shredded()
                                ? DocumentText.shreddedValue()
                                : new DocumentText(d.text().value().substring(span.start(), span.end()))))
                .orElse(span);
    }
}
