package io.codeledger.saga.coding;

import java.time.Duration;

/**
 * How the coding workflow retries the model and when it escalates: a failed suggestion request is
 * retried from the dead-letter queue up to {@code maxAttempts} times with exponential backoff from
 * {@code firstRetryAfter}; an encounter that stays unclaimed for {@code claimEscalationAfter} after
 * its suggestions is escalated.
 */
public record CodingSagaSettings(int maxAttempts, Duration firstRetryAfter, Duration claimEscalationAfter) {

    public static CodingSagaSettings defaults() {
        return new CodingSagaSettings(5, Duration.ofSeconds(5), Duration.ofHours(48));
    }

    /** How long to wait after attempt {@code attempt} (1-based) failed. */
    public Duration backoff(int attempt) {
        return firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
    }
}
