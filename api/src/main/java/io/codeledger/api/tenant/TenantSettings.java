package io.codeledger.api.tenant;

import java.time.Duration;

/**
 * A tenant's coding settings: how long a suggested encounter may wait unclaimed before it is
 * escalated, the confidence below which suggestions are not shown, and how many suggestions per
 * encounter the model may record.
 */
public record TenantSettings(Duration claimEscalationAfter, double minimumConfidence, int maxSuggestions) {

    public static TenantSettings defaults() {
        return new TenantSettings(Duration.ofHours(48), 0.05, 25);
    }
}
