package io.codeledger.api.query;

import java.util.List;

/** A tenant's coding metrics: the tenant as a whole and each coder. */
public record CoderMetricsReport(CodingMetrics tenant, List<CodingMetrics> coders) {

    public CoderMetricsReport {
        coders = List.copyOf(coders);
    }
}
