package io.codeledger.query.web;

import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.query.CodeExplanation;
import io.codeledger.api.query.CoderMetricsReport;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.EncounterHistory;
import io.codeledger.api.query.EncounterState;
import io.codeledger.api.query.ExplainCode;
import io.codeledger.api.query.FindCoderMetrics;
import io.codeledger.api.query.FindEncounter;
import io.codeledger.api.query.FindEncounterHistory;
import io.codeledger.api.query.FindEncounterStateAsOf;
import io.codeledger.api.query.HistoryEntry;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.NotFoundForCaller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Encounter reads: the coder's view (PHI), the auditor's timeline, the state as of any instant,
 * "why is this code here", and coding metrics. Everything is scoped to the caller's tenant; an
 * encounter of another tenant is not found, exactly like one that does not exist.
 */
@RestController
class EncounterReadController {

    static final Set<String> VIEW_PHI_FIELDS = Set.of(
            "patient.mrn",
            "patient.name",
            "patient.birthDate",
            "document.text",
            "evidence.quote",
            "suggestion.reason",
            "finalCode.reason");

    private final QueryGateway queries;
    private final PhiAccessRecorder phiAccess;

    EncounterReadController(QueryGateway queries, PhiAccessRecorder phiAccess) {
        this.queries = queries;
        this.phiAccess = phiAccess;
    }

    @GetMapping("/api/encounters/{encounterId}")
    EncounterDetails encounter(Caller caller, @PathVariable String encounterId) {
        EncounterId id = EncounterId.of(encounterId);
        EncounterDetails view = queries.query(
                        new FindEncounter(caller.tenantId(), id),
                        ResponseTypes.optionalInstanceOf(EncounterDetails.class))
                .join()
                .orElseThrow(NotFoundForCaller::encounter);
        // recorded before the PHI leaves: if the audit append fails, so does this read
        phiAccess.record(caller, PhiSubject.encounter(id), VIEW_PHI_FIELDS, "encounter-view", 1);
        return view;
    }

    @GetMapping("/api/encounters/{encounterId}/history")
    List<HistoryEntry> history(
            Caller caller, @PathVariable String encounterId, @RequestParam(required = false) Instant asOf) {
        EncounterId id = EncounterId.of(encounterId);
        EncounterHistory all = queries.query(
                        new FindEncounterHistory(caller.tenantId(), id, null), EncounterHistory.class)
                .join();
        if (all.entries().isEmpty()) {
            throw NotFoundForCaller.encounter();
        }
        return asOf == null
                ? all.entries()
                : all.entries().stream().filter(e -> !e.at().isAfter(asOf)).toList();
    }

    @GetMapping("/api/encounters/{encounterId}/state")
    EncounterState state(Caller caller, @PathVariable String encounterId, @RequestParam Instant asOf) {
        Optional<EncounterState> state = queries.query(
                        new FindEncounterStateAsOf(caller.tenantId(), EncounterId.of(encounterId), asOf),
                        ResponseTypes.optionalInstanceOf(EncounterState.class))
                .join();
        return state.orElseThrow(() -> new NotFoundForCaller("CL-ENC-404", "no such encounter at " + asOf));
    }

    @GetMapping("/api/encounters/{encounterId}/codes/{code}/why")
    CodeExplanation why(
            Caller caller,
            @PathVariable String encounterId,
            @PathVariable String code,
            @RequestParam(defaultValue = "ICD10CM") CodeSystem system) {
        IcdCode icd = new IcdCode(system, code);
        return queries.query(
                        new ExplainCode(caller.tenantId(), EncounterId.of(encounterId), icd),
                        ResponseTypes.optionalInstanceOf(CodeExplanation.class))
                .join()
                .orElseThrow(() -> new NotFoundForCaller(
                        "CL-QRY-006", "code " + icd + " was never a final code of this encounter"));
    }

    @GetMapping("/api/metrics/coders")
    CoderMetricsReport metrics(Caller caller) {
        return queries.query(new FindCoderMetrics(caller.tenantId()), CoderMetricsReport.class)
                .join();
    }
}
