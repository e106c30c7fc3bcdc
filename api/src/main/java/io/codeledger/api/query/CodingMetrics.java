package io.codeledger.api.query;

import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.RejectionReason;
import java.util.List;

/**
 * Coding metrics for one scope — a coder, or the whole tenant ({@code coder} null): encounters
 * coded (submitted), suggestions accepted and rejected, codes added by hand, acceptance rate
 * (accepted / decided), override rate ((rejected + added) / (accepted + rejected + added)), the most
 * frequent rejection reasons, and the median hours from discharge to approval.
 */
public record CodingMetrics(
        UserId coder,
        int encountersCoded,
        int suggestionsAccepted,
        int suggestionsRejected,
        int codesAdded,
        Double acceptanceRate,
        Double overrideRate,
        List<ReasonCount> topRejectionReasons,
        Double medianHoursDischargeToApproval) {

    public CodingMetrics {
        topRejectionReasons = List.copyOf(topRejectionReasons);
    }

    /** How often a rejection reason was given. */
    public record ReasonCount(RejectionReason reason, int count) {}
}
