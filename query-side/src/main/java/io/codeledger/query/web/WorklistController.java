package io.codeledger.query.web;

import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.api.security.Caller;
import java.time.Instant;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/worklist}: the caller's tenant's worklist, filtered and paged. Every parameter is
 * parsed into a typed value first (an enum, an instant, a number), so nothing a caller sends ever
 * reaches MongoDB as an operator. The page holds PHI (patient names, MRNs, birth dates): its
 * disclosure is recorded before it is returned.
 */
@RestController
class WorklistController {

    /** The PHI fields a worklist item discloses. */
    static final Set<String> PHI_FIELDS = Set.of("patient.mrn", "patient.name", "patient.birthDate");

    private final QueryGateway queries;
    private final PhiAccessRecorder phiAccess;

    WorklistController(QueryGateway queries, PhiAccessRecorder phiAccess) {
        this.queries = queries;
        this.phiAccess = phiAccess;
    }

    @GetMapping("/api/worklist")
    WorklistPage worklist(
            Caller caller,
            @RequestParam(required = false) Set<EncounterStatus> status,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) EncounterType type,
            @RequestParam(required = false) String facility,
            @RequestParam(required = false) Instant dischargedFrom,
            @RequestParam(required = false) Instant dischargedTo,
            @RequestParam(required = false) Double minConfidence,
            @RequestParam(required = false) Double maxConfidence,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        UserId who = mine ? caller.userId() : (assignee == null ? null : UserId.of(assignee));
        var filter = new WorklistFilter(
                status, who, mine, type, facility, dischargedFrom, dischargedTo, minConfidence, maxConfidence);
        WorklistPage page = queries.query(
                        new FindWorklist(caller.tenantId(), filter, cursor, limit), WorklistPage.class)
                .join();
        if (!page.items().isEmpty()) {
            phiAccess.record(
                    caller,
                    PhiSubject.encounters(
                            page.items().stream().map(WorklistItem::encounterId).toList()),
                    PHI_FIELDS,
                    "coding-worklist",
                    page.items().size());
        }
        return page;
    }
}
