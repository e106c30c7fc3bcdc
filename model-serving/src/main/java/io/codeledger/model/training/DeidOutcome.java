package io.codeledger.model.training;

import java.util.Objects;

/**
 * What the de-identifier made of one note: the de-identified text, or a rejection with a summary
 * that names identifier kinds and counts but never the text itself.
 */
public record DeidOutcome(String text, boolean rejected, String rejectionSummary) {

    public DeidOutcome {
        Objects.requireNonNull(rejectionSummary, "rejectionSummary");
        if (!rejected) {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A note that was de-identified and may be trained on. */
    public static DeidOutcome accepted(String text) {
        return new DeidOutcome(text, false, "");
    }

    /** A note that must be left out of training. */
    public static DeidOutcome rejected(String summary) {
        return new DeidOutcome(null, true, summary);
    }
}
