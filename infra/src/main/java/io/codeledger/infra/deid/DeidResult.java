package io.codeledger.infra.deid;

import java.util.List;

/**
 * The outcome of de-identifying one record: the output {@code text}, the identifiers found (offsets
 * into the original text) and the findings of the second-pass sweep over the output. A record with
 * any sweep finding is {@link #rejected()}: its text must not be used as de-identified data.
 */
public record DeidResult(String text, List<PhiSpan> spans, List<SweepFinding> rejections) {

    public DeidResult {
        spans = List.copyOf(spans);
        rejections = List.copyOf(rejections);
    }

    /** True when the second-pass sweep still found something that looks like PHI in the output. */
    public boolean rejected() {
        return !rejections.isEmpty();
    }
}
