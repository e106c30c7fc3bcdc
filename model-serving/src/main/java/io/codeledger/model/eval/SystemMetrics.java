package io.codeledger.model.eval;

import java.util.Locale;

/**
 * Evaluation figures for one code system over a set of notes. MAP is CodiEsp's metric: the mean,
 * over notes with at least one gold code, of the average precision of the ranked list. Micro P/R/F1
 * count the codes at or above the threshold over all notes. P@5 and R@5 are means over notes with
 * gold codes.
 */
public record SystemMetrics(
        int documents,
        int goldCodes,
        double map,
        double threshold,
        double microPrecision,
        double microRecall,
        double microF1,
        double precisionAt5,
        double recallAt5) {

    /** A one-line summary. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "notes=%d gold=%d MAP=%.4f P@5=%.4f R@5=%.4f threshold=%.3f microP=%.4f microR=%.4f microF1=%.4f",
                documents,
                goldCodes,
                map,
                precisionAt5,
                recallAt5,
                threshold,
                microPrecision,
                microRecall,
                microF1);
    }
}
