package io.codeledger.command.encounter;

import static io.codeledger.api.encounter.EncounterStatus.APPROVED;
import static io.codeledger.api.encounter.EncounterStatus.DOCUMENTED;
import static io.codeledger.api.encounter.EncounterStatus.IN_CODING;
import static io.codeledger.api.encounter.EncounterStatus.REGISTERED;
import static io.codeledger.api.encounter.EncounterStatus.REOPENED;
import static io.codeledger.api.encounter.EncounterStatus.RETURNED;
import static io.codeledger.api.encounter.EncounterStatus.SUBMITTED;
import static io.codeledger.api.encounter.EncounterStatus.SUGGESTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.FreeText;
import io.codeledger.codeset.CodeSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One encounter and its coding. Rules are checked in command handlers; state changes only in event
 * sourcing handlers. Holds no PHI in its state (only document lengths, to check evidence offsets),
 * so snapshots carry none.
 */
@Aggregate(
        snapshotTriggerDefinition = "encounterSnapshotTrigger",
        commandTargetResolver = "aggregateCommandTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Encounter {

    @AggregateIdentifier
    private String id;

    private TenantId tenantId;
    private EncounterId encounterId;
    private EncounterStatus status;
    private UserId assignee;
    private final Map<String, Integer> documentLengths = new HashMap<>();
    private final Map<String, Suggestion> suggestions = new LinkedHashMap<>();
    private final List<IcdCode> finalCodes = new ArrayList<>();
    private IcdCode principal;
    private final Set<UserId> codersThisCycle = new HashSet<>();

    @AggregateMember
    private final CommandLedger ledger = new CommandLedger();

    Encounter() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    RegistrationOutcome handle(RegisterEncounter cmd) {
        if (id != null) {
            return RegistrationOutcome.ALREADY_PRESENT;
        }
        RegistrationChecks.check(cmd);
        String key = cmd.idempotencyKey();
        emit(
                key,
                new EncounterRegistered(
                        cmd.tenantId(),
                        cmd.encounterId(),
                        cmd.patient(),
                        cmd.type(),
                        cmd.facility(),
                        cmd.admitted(),
                        cmd.discharged(),
                        cmd.attending(),
                        cmd.actor(),
                        now()));
        Set<String> seen = new HashSet<>();
        for (ClinicalDocument document : cmd.documents()) {
            if (!seen.add(documentKey(document.id().value(), document.version()))) {
                throw EncounterRules.documentAlreadyAttached(document.id().value(), document.version());
            }
            emit(key, new ClinicalDocumentAttached(cmd.tenantId(), cmd.encounterId(), document, cmd.actor(), now()));
        }
        return RegistrationOutcome.REGISTERED;
    }

    @CommandHandler
    void handle(AttachClinicalDocument cmd) {
        if (repeated(cmd, "attach a document")) return;
        requireStatus("attach a document", REGISTERED, DOCUMENTED, SUGGESTED, IN_CODING, RETURNED, REOPENED);
        ClinicalDocument document = cmd.document();
        RegistrationChecks.checkDocument(document);
        if (documentLengths.containsKey(documentKey(document.id().value(), document.version()))) {
            throw EncounterRules.documentAlreadyAttached(document.id().value(), document.version());
        }
        emit(cmd, new ClinicalDocumentAttached(tenantId, encounterId, document, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(RecordCodeSuggestions cmd, CodeSet codeSet) {
        if (repeated(cmd, "record suggestions")) return;
        requireStatus("record suggestions", DOCUMENTED, SUGGESTED, IN_CODING, RETURNED, REOPENED);
        for (CodeSuggestion suggestion : cmd.suggestions()) {
            CodeValidation.requireBillable(codeSet, suggestion.code());
            SuggestionChecks.check(suggestion, documentLengths);
        }
        if (cmd.modelHash() == null || cmd.modelHash().isBlank()) {
            throw EncounterRules.invalid("suggestions must name the model hash that produced them");
        }
        emit(
                cmd,
                new CodeSuggestionsRecorded(
                        tenantId,
                        encounterId,
                        List.copyOf(cmd.suggestions()),
                        cmd.modelHash(),
                        cmd.codeSetVersion(),
                        cmd.actor(),
                        now()));
    }

    @CommandHandler
    void handle(ClaimEncounter cmd) {
        if (repeated(cmd, "claim")) return;
        requireStatus("claim", DOCUMENTED, SUGGESTED, RETURNED, REOPENED);
        if (assignee != null && !assignee.equals(cmd.actor())) {
            throw EncounterRules.notAssignee("claim");
        }
        emit(cmd, new EncounterClaimed(tenantId, encounterId, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(AssignEncounter cmd) {
        if (repeated(cmd, "assign")) return;
        requireStatus("assign", REGISTERED, DOCUMENTED, SUGGESTED, IN_CODING, RETURNED, REOPENED);
        emit(cmd, new EncounterAssigned(tenantId, encounterId, cmd.assignee(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(AcceptCodeSuggestion cmd, CodeSet codeSet) {
        if (repeated(cmd, "accept a suggestion")) return;
        requireCoding(cmd.actor(), "accept a suggestion");
        Suggestion suggestion = suggestions.get(cmd.code().value());
        if (suggestion == null) {
            throw EncounterRules.notSuggested(cmd.code());
        }
        requireAddable(codeSet, cmd.code());
        emit(
                cmd,
                new CodeSuggestionAccepted(
                        tenantId, encounterId, cmd.code(), suggestion.modelHash(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(RejectCodeSuggestion cmd) {
        if (repeated(cmd, "reject a suggestion")) return;
        requireCoding(cmd.actor(), "reject a suggestion");
        Suggestion suggestion = suggestions.get(cmd.code().value());
        if (suggestion == null) {
            throw EncounterRules.notSuggested(cmd.code());
        }
        if (cmd.reasonCode() == null) {
            throw EncounterRules.reasonRequired("reject a suggestion (a reason code)");
        }
        requireReason(cmd.reason(), "reject a suggestion");
        if (finalCodes.contains(cmd.code())) {
            throw EncounterRules.alreadyFinal(cmd.code());
        }
        emit(
                cmd,
                new CodeSuggestionRejected(
                        tenantId,
                        encounterId,
                        cmd.code(),
                        cmd.reasonCode(),
                        cmd.reason(),
                        suggestion.modelHash(),
                        cmd.actor(),
                        now()));
    }

    @CommandHandler
    void handle(AddCode cmd, CodeSet codeSet) {
        if (repeated(cmd, "add a code")) return;
        requireCoding(cmd.actor(), "add a code");
        requireReason(cmd.reason(), "add a code");
        requireAddable(codeSet, cmd.code());
        emit(cmd, new CodeAdded(tenantId, encounterId, cmd.code(), cmd.reason(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(RemoveCode cmd) {
        if (repeated(cmd, "remove a code")) return;
        requireCoding(cmd.actor(), "remove a code");
        if (!finalCodes.contains(cmd.code())) {
            throw EncounterRules.notFinal(cmd.code());
        }
        emit(cmd, new CodeRemoved(tenantId, encounterId, cmd.code(), cmd.reason(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(SetPrincipalDiagnosis cmd) {
        if (repeated(cmd, "set the principal diagnosis")) return;
        requireCoding(cmd.actor(), "set the principal diagnosis");
        if (!finalCodes.contains(cmd.code())) {
            throw EncounterRules.notFinal(cmd.code());
        }
        if (cmd.code().system() != CodeSystem.ICD10CM) {
            throw EncounterRules.principalMustBeDiagnosis(cmd.code());
        }
        emit(cmd, new PrincipalDiagnosisSet(tenantId, encounterId, cmd.code(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(SequenceCodes cmd) {
        if (repeated(cmd, "sequence codes")) return;
        requireCoding(cmd.actor(), "sequence codes");
        List<IcdCode> order = List.copyOf(cmd.order());
        boolean permutation = order.size() == finalCodes.size()
                && Set.copyOf(order).equals(Set.copyOf(finalCodes))
                && Set.copyOf(order).size() == order.size();
        if (!permutation || (principal != null && !order.get(0).equals(principal))) {
            throw EncounterRules.badSequence();
        }
        emit(cmd, new CodesSequenced(tenantId, encounterId, order, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(SubmitCoding cmd, CodeSet codeSet) {
        if (repeated(cmd, "submit")) return;
        requireCoding(cmd.actor(), "submit");
        if (principal == null) {
            throw EncounterRules.noPrincipalDiagnosis();
        }
        for (int i = 0; i < finalCodes.size(); i++) {
            CodeValidation.requireNoExcludes1(codeSet, finalCodes.get(i), finalCodes.subList(0, i));
        }
        emit(cmd, new CodingSubmitted(tenantId, encounterId, reportingOrder(), principal, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(ApproveCoding cmd) {
        if (repeated(cmd, "approve")) return;
        requireStatus("approve", SUBMITTED);
        if (codersThisCycle.contains(cmd.actor())) {
            throw EncounterRules.selfApproval();
        }
        emit(cmd, new CodingApproved(tenantId, encounterId, reportingOrder(), principal, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(ReturnCoding cmd) {
        if (repeated(cmd, "return")) return;
        requireStatus("return", SUBMITTED);
        requireReason(cmd.reason(), "return coding");
        emit(cmd, new CodingReturned(tenantId, encounterId, cmd.reason(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(ReopenEncounter cmd) {
        if (ledger.handled(cmd.idempotencyKey())) return;
        requireStatus("reopen", APPROVED);
        requireReason(cmd.reason(), "reopen");
        emit(cmd, new EncounterReopened(tenantId, encounterId, cmd.reason(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(EscalateUnclaimedEncounter cmd) {
        if (ledger.handled(cmd.idempotencyKey()) || status != SUGGESTED && status != DOCUMENTED) {
            return;
        }
        emit(cmd, new UnclaimedEncounterEscalated(tenantId, encounterId, cmd.unclaimedFor(), cmd.actor(), now()));
    }

    // --- state changes -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(EncounterRegistered e) {
        id = AggregateIds.encounter(e.tenantId(), e.encounterId());
        tenantId = e.tenantId();
        encounterId = e.encounterId();
        status = EncounterStatus.after(null, e);
    }

    @EventSourcingHandler
    void on(ClinicalDocumentAttached e) {
        ClinicalDocument d = e.document();
        documentLengths.put(documentKey(d.id().value(), d.version()), d.text().length());
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(CodeSuggestionsRecorded e) {
        for (CodeSuggestion s : e.suggestions()) {
            Suggestion previous = suggestions.get(s.code().value());
            if (previous == null || previous.decision() == Suggestion.Decision.OPEN) {
                suggestions.put(
                        s.code().value(), new Suggestion(s.confidence(), e.modelHash(), Suggestion.Decision.OPEN));
            }
        }
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(EncounterClaimed e) {
        assignee = e.actor();
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(EncounterAssigned e) {
        assignee = e.assignee();
    }

    @EventSourcingHandler
    void on(CodeSuggestionAccepted e) {
        suggestions.computeIfPresent(e.code().value(), (c, s) -> s.decided(Suggestion.Decision.ACCEPTED));
        finalCodes.add(e.code());
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(CodeSuggestionRejected e) {
        suggestions.computeIfPresent(e.code().value(), (c, s) -> s.decided(Suggestion.Decision.REJECTED));
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(CodeAdded e) {
        finalCodes.add(e.code());
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(CodeRemoved e) {
        finalCodes.remove(e.code());
        if (e.code().equals(principal)) {
            principal = null;
        }
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(PrincipalDiagnosisSet e) {
        principal = e.code();
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(CodesSequenced e) {
        finalCodes.clear();
        finalCodes.addAll(e.order());
        codersThisCycle.add(e.actor());
    }

    @EventSourcingHandler
    void on(CodingSubmitted e) {
        codersThisCycle.add(e.actor());
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(CodingApproved e) {
        codersThisCycle.clear();
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(CodingReturned e) {
        status = EncounterStatus.after(status, e);
    }

    @EventSourcingHandler
    void on(EncounterReopened e) {
        status = EncounterStatus.after(status, e);
    }

    // --- helpers -------------------------------------------------------------------------------

    private boolean repeated(EncounterCommand cmd, String action) {
        if (ledger.handled(cmd.idempotencyKey())) {
            return true;
        }
        if (status == APPROVED) {
            throw EncounterRules.approved(action);
        }
        return false;
    }

    private void requireStatus(String action, EncounterStatus... allowed) {
        for (EncounterStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw EncounterRules.illegalTransition(action, status, allowed);
    }

    private void requireCoding(UserId actor, String action) {
        requireStatus(action, IN_CODING);
        if (!actor.equals(assignee)) {
            throw EncounterRules.notAssignee(action);
        }
    }

    private void requireAddable(CodeSet codeSet, IcdCode code) {
        CodeValidation.requireBillable(codeSet, code);
        if (finalCodes.contains(code)) {
            throw EncounterRules.alreadyFinal(code);
        }
        CodeValidation.requireNoExcludes1(codeSet, code, finalCodes);
    }

    private static void requireReason(FreeText reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw EncounterRules.reasonRequired(action);
        }
    }

    private List<IcdCode> reportingOrder() {
        List<IcdCode> order = new ArrayList<>();
        if (principal != null) {
            order.add(principal);
        }
        finalCodes.stream().filter(c -> !c.equals(principal)).forEach(order::add);
        return order;
    }

    static String documentKey(String documentId, int version) {
        return documentId + "#" + version;
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static void emit(EncounterCommand cmd, Object event) {
        emit(cmd.idempotencyKey(), event);
    }

    private static void emit(String idempotencyKey, Object event) {
        apply(
                event,
                idempotencyKey == null
                        ? MetaData.emptyInstance()
                        : MetaData.with(CommandLedger.IDEMPOTENCY_KEY, idempotencyKey));
    }
}
