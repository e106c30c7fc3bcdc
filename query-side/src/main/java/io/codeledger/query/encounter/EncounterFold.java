package io.codeledger.query.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.query.DocumentEntry;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.EvidenceQuote;
import io.codeledger.api.query.FinalCodeEntry;
import io.codeledger.api.query.StatusChange;
import io.codeledger.api.query.SuggestionEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds an encounter's events into {@link EncounterDetails}. The one place that knows how events
 * change the encounter view: the live projection and point-in-time replay both use it.
 */
final class EncounterFold {

    private final TenantId tenantId;
    private final EncounterId encounterId;
    private final PatientDemographics patient;
    private final EncounterType type;
    private final String facility;
    private final Instant admitted;
    private final Instant discharged;
    private final String attending;
    private EncounterStatus status;
    private UserId assignee;
    private final List<DocumentEntry> documents;
    private final List<SuggestionEntry> suggestions;
    private final List<FinalCodeEntry> finalCodes;
    private IcdCode principal;
    private final List<StatusChange> history;
    private long lastSequence;

    private EncounterFold(EncounterDetails d) {
        tenantId = d.tenantId();
        encounterId = d.encounterId();
        patient = d.patient();
        type = d.type();
        facility = d.facility();
        admitted = d.admitted();
        discharged = d.discharged();
        attending = d.attending();
        status = d.status();
        assignee = d.assignee();
        documents = new ArrayList<>(d.documents());
        suggestions = new ArrayList<>(d.suggestions());
        finalCodes = new ArrayList<>(d.finalCodes());
        principal = d.principalDiagnosis();
        history = new ArrayList<>(d.statusHistory());
        lastSequence = d.lastSequence();
    }

    static EncounterDetails registered(EncounterRegistered e, long sequence) {
        EncounterStatus status = EncounterStatus.after(null, e);
        return new EncounterDetails(
                e.tenantId(),
                e.encounterId(),
                e.patient(),
                e.type(),
                e.facility(),
                e.admitted(),
                e.discharged(),
                e.attending(),
                status,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(new StatusChange(status, e.actor(), e.at())),
                sequence);
    }

    static EncounterDetails apply(EncounterDetails current, EncounterEvent event, long sequence) {
        EncounterFold fold = new EncounterFold(current);
        fold.on(event);
        fold.lastSequence = sequence;
        return fold.toDetails();
    }

    private void on(EncounterEvent event) {
        if (event instanceof ClinicalDocumentAttached e) {
            ClinicalDocument d = e.document();
            documents.add(new DocumentEntry(d.id(), d.version(), d.loincType(), d.text(), e.actor(), e.at()));
        } else if (event instanceof CodeSuggestionsRecorded e) {
            e.suggestions().forEach(s -> suggest(s, e));
        } else if (event instanceof EncounterClaimed e) {
            assignee = e.actor();
        } else if (event instanceof EncounterAssigned e) {
            assignee = e.assignee();
        } else if (event instanceof CodeSuggestionAccepted e) {
            decide(e.code(), "ACCEPTED", e.actor(), e.at(), null, null);
            finalCodes.add(new FinalCodeEntry(e.code(), "SUGGESTION", e.actor(), e.at(), null));
        } else if (event instanceof CodeSuggestionRejected e) {
            decide(e.code(), "REJECTED", e.actor(), e.at(), e.reasonCode(), e.reason());
        } else if (event instanceof CodeAdded e) {
            finalCodes.add(new FinalCodeEntry(e.code(), "MANUAL", e.actor(), e.at(), e.reason()));
        } else if (event instanceof CodeRemoved e) {
            finalCodes.removeIf(f -> f.code().equals(e.code()));
            if (e.code().equals(principal)) {
                principal = null;
            }
        } else if (event instanceof PrincipalDiagnosisSet e) {
            principal = e.code();
        } else if (event instanceof CodesSequenced e) {
            List<FinalCodeEntry> ordered = new ArrayList<>();
            e.order()
                    .forEach(code -> finalCodes.stream()
                            .filter(f -> f.code().equals(code))
                            .findFirst()
                            .ifPresent(ordered::add));
            finalCodes.clear();
            finalCodes.addAll(ordered);
        }
        EncounterStatus next = EncounterStatus.after(status, event);
        if (next != status) {
            status = next;
            history.add(new StatusChange(next, event.actor(), event.at()));
        }
    }

    private void suggest(CodeSuggestion s, CodeSuggestionsRecorded e) {
        List<EvidenceQuote> evidence = s.evidence().stream()
                .map(span ->
                        new EvidenceQuote(span.documentId(), span.documentVersion(), span.start(), span.end(), null))
                .toList();
        SuggestionEntry entry = new SuggestionEntry(
                s.code(),
                s.confidence(),
                evidence,
                e.modelHash(),
                e.codeSetVersion(),
                e.at(),
                "OPEN",
                null,
                null,
                null,
                null);
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).code().equals(s.code())) {
                if (suggestions.get(i).decision().equals("OPEN")) {
                    suggestions.set(i, entry);
                }
                return;
            }
        }
        suggestions.add(entry);
    }

    private void decide(
            IcdCode code,
            String decision,
            UserId by,
            Instant at,
            RejectionReason reasonCode,
            io.codeledger.api.phi.FreeText reason) {
        suggestions.replaceAll(s -> s.code().equals(code)
                ? new SuggestionEntry(
                        s.code(),
                        s.confidence(),
                        s.evidence(),
                        s.modelHash(),
                        s.codeSetVersion(),
                        s.suggestedAt(),
                        decision,
                        by,
                        at,
                        reasonCode,
                        reason)
                : s);
    }

    private EncounterDetails toDetails() {
        return new EncounterDetails(
                tenantId,
                encounterId,
                patient,
                type,
                facility,
                admitted,
                discharged,
                attending,
                status,
                assignee,
                documents,
                suggestions,
                finalCodes,
                principal,
                history,
                lastSequence);
    }
}
