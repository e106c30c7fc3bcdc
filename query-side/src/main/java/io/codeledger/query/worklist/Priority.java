package io.codeledger.query.worklist;

import io.codeledger.api.encounter.EncounterType;
import java.time.Duration;
import java.time.Instant;

/**
 * The worklist priority score, higher first:
 *
 * <pre>
 *   priority = 2 × days since discharge            (unbilled time costs money)
 *            + 10 inpatient | 6 emergency | 3 outpatient
 *            + 5 × (1 − highest suggestion confidence)   (uncertain cases need attention; 0.5 if none yet)
 * </pre>
 *
 * While a patient is still admitted, days count from admission, less 10 points. Because "days
 * since" grows equally for every encounter, the stored sort key leaves out "now" and ordering by
 * it is ordering by priority; {@link #at(double, Instant)} turns a key into today's score.
 */
final class Priority {

    static final double PER_DAY = 2.0;
    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private Priority() {}

    static double key(EncounterType type, Instant admitted, Instant discharged, Double maxConfidence) {
        double typeWeight = switch (type) {
            case INPATIENT -> 10;
            case EMERGENCY -> 6;
            case OUTPATIENT -> 3;
        };
        double confidence = maxConfidence == null ? 0.5 : maxConfidence;
        double still = discharged == null ? -10 : 0;
        Instant from = discharged == null ? admitted : discharged;
        return typeWeight + 5 * (1 - confidence) + still - PER_DAY * days(from);
    }

    /**
     * Today's score. "Now" counts from the start of the current UTC day, so the score a coder sees
     * (and every export of it) is stable for the whole day rather than drifting by the second.
     */
    static double at(double key, Instant now) {
        Instant today = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        return Math.round((key + PER_DAY * days(today)) * 100) / 100.0;
    }

    private static double days(Instant instant) {
        return instant.getEpochSecond() / SECONDS_PER_DAY;
    }
}
