package io.codeledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.api.security.Caller;
import io.codeledger.app.platform.Platform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.axonframework.queryhandling.QueryGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Prints a tenant's worklist as JSON lines, highest priority first. The lines hold PHI (names,
 * MRNs): each page's disclosure to the operator is recorded before it is printed.
 */
@Command(name = "worklist", mixinStandardHelpOptions = true, description = "Print a tenant's worklist as JSON lines.")
class WorklistCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id.")
    String tenant;

    @Override
    public Integer call() throws Exception {
        TenantId tenantId = TenantId.of(tenant);
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            QueryGateway queries = platform.bean(QueryGateway.class);
            ObjectMapper json = platform.bean(ObjectMapper.class);
            PhiAccessRecorder phiAccess = platform.bean(PhiAccessRecorder.class);
            Caller operator = new Caller(tenantId, Operator.current(), Set.of());
            String cursor = null;
            do {
                WorklistPage page = queries.query(
                                new FindWorklist(tenantId, WorklistFilter.all(), cursor, 500), WorklistPage.class)
                        .join();
                if (!page.items().isEmpty()) {
                    // recorded before the page is printed: PHI is never disclosed unrecorded
                    phiAccess.record(
                            operator,
                            PhiSubject.encounters(page.items().stream()
                                    .map(WorklistItem::encounterId)
                                    .toList()),
                            Set.of("patient.mrn", "patient.name"),
                            "cli-worklist",
                            page.items().size());
                }
                for (WorklistItem item : page.items()) {
                    System.out.println(json.writeValueAsString(line(item)));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return 0;
    }

    static Map<String, Object> line(WorklistItem item) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("encounterId", item.encounterId().value());
        line.put("patientName", item.patient().name());
        line.put("mrn", item.patient().mrn());
        line.put("type", item.type().name());
        line.put("status", item.status().name());
        line.put("priority", item.priority());
        line.put("facility", item.facility());
        line.put(
                "discharged",
                item.discharged() == null ? null : item.discharged().toString());
        line.put("assignee", item.assignee() == null ? null : item.assignee().value());
        line.put("maxConfidence", item.maxConfidence());
        line.put("escalated", item.escalated());
        return line;
    }
}
