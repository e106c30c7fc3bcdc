package io.codeledger.query.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.RejectionReason;
import io.codeledger.api.query.CoderMetricsReport;
import io.codeledger.api.query.FindCoderMetrics;
import io.codeledger.query.encounter.EncounterViews;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Per-coder and per-tenant coding metrics, computed from the encounter views' non-PHI fields
 * (decisions, reason categories, final-code sources, status history). PHI stays sealed: the views
 * are read as JSON trees and their sealed fields are never opened.
 */
@Component
class MetricsQueries {

    private final EncounterViews views;
    private final ObjectMapper json;

    MetricsQueries(EncounterViews views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @QueryHandler
    CoderMetricsReport handle(FindCoderMetrics query) {
        MetricsTally tenant = new MetricsTally();
        Map<String, MetricsTally> coders = new TreeMap<>();
        Function<String, MetricsTally> coder = id -> coders.computeIfAbsent(id, k -> new MetricsTally());
        views.forEachSealed(query.tenantId(), stored -> tally(read(stored), tenant, coder));
        return new CoderMetricsReport(
                tenant.toMetrics(null),
                coders.entrySet().stream()
                        .map(e -> e.getValue().toMetrics(UserId.of(e.getKey())))
                        .toList());
    }

    private static void tally(JsonNode view, MetricsTally tenant, Function<String, MetricsTally> coder) {
        for (JsonNode s : view.path("suggestions")) {
            String by = s.path("decidedBy").asText(null);
            String decision = s.path("decision").asText();
            if (by == null) {
                continue;
            }
            if (decision.equals("ACCEPTED")) {
                tenant.accepted++;
                coder.apply(by).accepted++;
            } else if (decision.equals("REJECTED")) {
                tenant.rejected++;
                coder.apply(by).rejected++;
                RejectionReason reason =
                        RejectionReason.valueOf(s.path("reasonCode").asText("OTHER"));
                tenant.reasons.merge(reason, 1, Integer::sum);
                coder.apply(by).reasons.merge(reason, 1, Integer::sum);
            }
        }
        for (JsonNode f : view.path("finalCodes")) {
            if (f.path("source").asText().equals("MANUAL")) {
                tenant.added++;
                coder.apply(f.path("addedBy").asText()).added++;
            }
        }
        String submitter = null;
        boolean counted = false;
        for (JsonNode change : view.path("statusHistory")) {
            String status = change.path("status").asText();
            if (status.equals("SUBMITTED")) {
                submitter = change.path("by").asText();
                if (!counted) {
                    tenant.encountersCoded++;
                    coder.apply(submitter).encountersCoded++;
                    counted = true;
                }
            } else if (status.equals("APPROVED")
                    && !view.path("discharged").isNull()
                    && !view.path("discharged").isMissingNode()) {
                double hours = Duration.between(
                                        Instant.parse(view.path("discharged").asText()),
                                        Instant.parse(change.path("at").asText()))
                                .toMinutes()
                        / 60.0;
                tenant.hoursToApproval.add(hours);
                if (submitter != null) {
                    coder.apply(submitter).hoursToApproval.add(hours);
                }
                break;
            }
        }
    }

    private JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("CL-QRY-010: a stored encounter view is unreadable", e);
        }
    }
}
