package io.codeledger.query.web;

import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.query.FindEncounterSummary;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.NotFoundForCaller;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/encounters/{id}}: one encounter of the caller's tenant, as its worklist entry
 * shows it (a stand-in until the full encounter view). An id of another tenant reads exactly as an
 * id that does not exist. The PHI disclosure is recorded before the response is sent.
 */
@RestController
class EncounterSummaryController {

    private final QueryGateway queries;
    private final PhiAccessRecorder phiAccess;

    EncounterSummaryController(QueryGateway queries, PhiAccessRecorder phiAccess) {
        this.queries = queries;
        this.phiAccess = phiAccess;
    }

    @GetMapping("/api/encounters/{encounterId}")
    WorklistItem encounter(Caller caller, @PathVariable String encounterId) {
        EncounterId id = EncounterId.of(encounterId);
        Optional<WorklistItem> item = queries.query(
                        new FindEncounterSummary(caller.tenantId(), id),
                        ResponseTypes.optionalInstanceOf(WorklistItem.class))
                .join();
        WorklistItem found = item.orElseThrow(NotFoundForCaller::encounter);
        phiAccess.record(caller, PhiSubject.encounter(id), WorklistController.PHI_FIELDS, "encounter-view", 1);
        return found;
    }
}
