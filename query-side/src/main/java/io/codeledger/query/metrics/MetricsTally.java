package io.codeledger.query.metrics;

import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.RejectionReason;
import io.codeledger.api.query.CodingMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Running counts for one scope (a coder or the tenant), turned into {@link CodingMetrics}. */
final class MetricsTally {

    int encountersCoded;
    int accepted;
    int rejected;
    int added;
    final Map<RejectionReason, Integer> reasons = new EnumMap<>(RejectionReason.class);
    final List<Double> hoursToApproval = new ArrayList<>();

    CodingMetrics toMetrics(UserId coder) {
        int decided = accepted + rejected;
        int touched = accepted + rejected + added;
        List<CodingMetrics.ReasonCount> top = reasons.entrySet().stream()
                .sorted(Map.Entry.<RejectionReason, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(e -> new CodingMetrics.ReasonCount(e.getKey(), e.getValue()))
                .toList();
        return new CodingMetrics(
                coder,
                encountersCoded,
                accepted,
                rejected,
                added,
                decided == 0 ? null : round((double) accepted / decided),
                touched == 0 ? null : round((double) (rejected + added) / touched),
                top,
                median(hoursToApproval));
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return round(middle);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
