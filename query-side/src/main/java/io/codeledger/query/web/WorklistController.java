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
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/worklist}: the caller's tenant's worklist, filtered and paged. Every parameter is
 * parsed into a typed value first (an enum, an instant, a number), so nothing a caller sends ever
 * reaches MongoDB as an operator. The page holds PHI (patient names, MRNs, birth dates): its
 * disclosure is recorded before it is returned. {@code GET /api/worklist/stream} pushes changes as
 * they happen, without PHI.
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

    /**
     * Server-sent events: first the top of the worklist ({@code page}), then every change to an
     * encounter of the caller's tenant ({@code update}), pushed by the projection through an Axon
     * subscription query.
     */
    @GetMapping(value = "/api/worklist/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Caller caller) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        SubscriptionQueryResult<WorklistPage, WorklistItem> live = queries.subscriptionQuery(
                new FindWorklist(caller.tenantId(), WorklistFilter.all(), null, 50),
                WorklistPage.class,
                WorklistItem.class);
        emitter.onCompletion(live::close);
        emitter.onTimeout(live::close);
        emitter.onError(error -> live.close());
        live.initialResult()
                .subscribe(
                        page -> send(
                                emitter,
                                "page",
                                page.items().stream().map(WorklistChange::of).toList()),
                        emitter::completeWithError);
        live.updates()
                .subscribe(
                        item -> send(emitter, "update", WorklistChange.of(item)),
                        emitter::completeWithError,
                        emitter::complete);
        return emitter;
    }

    /**
     * What the stream pushes: the worklist fields without PHI. A client that needs the patient opens
     * the encounter ({@code GET /api/encounters/{id}}), and that disclosure is recorded.
     */
    record WorklistChange(
            String encounterId,
            String type,
            String facility,
            Instant discharged,
            String status,
            String assignee,
            Double maxConfidence,
            boolean escalated,
            double priority) {

        static WorklistChange of(WorklistItem item) {
            return new WorklistChange(
                    item.encounterId().value(),
                    item.type().name(),
                    item.facility(),
                    item.discharged(),
                    item.status().name(),
                    item.assignee() == null ? null : item.assignee().value(),
                    item.maxConfidence(),
                    item.escalated(),
                    item.priority());
        }
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
