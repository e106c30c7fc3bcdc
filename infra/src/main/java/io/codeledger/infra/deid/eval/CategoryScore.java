package io.codeledger.infra.deid.eval;

/**
 * Counts for one category (or overall). Recall counts gold spans whose every non-space character is
 * covered by some predicted span (of any category: what matters for privacy is that nothing leaks);
 * {@code typedFound} counts those also covered by a prediction of the same category. Precision
 * counts predicted spans that overlap some gold span.
 */
public record CategoryScore(int gold, int found, int typedFound, int predicted, int correct) {

    public static final CategoryScore EMPTY = new CategoryScore(0, 0, 0, 0, 0);

    public CategoryScore plus(CategoryScore o) {
        return new CategoryScore(
                gold + o.gold,
                found + o.found,
                typedFound + o.typedFound,
                predicted + o.predicted,
                correct + o.correct);
    }

    /** Fraction of gold spans fully removed; 1 when there is no gold span. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    /** Fraction of gold spans fully removed and labelled with their own category. */
    public double typedRecall() {
        return gold == 0 ? 1.0 : (double) typedFound / gold;
    }

    /** Fraction of predicted spans that overlap a gold span; 1 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) correct / predicted;
    }
}
