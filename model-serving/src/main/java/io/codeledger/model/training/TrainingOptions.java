package io.codeledger.model.training;

/**
 * Training settings. {@code folds}: cross-validation folds used to produce the ranker's training
 * features on notes the lexicon has not seen; {@code minGramDocs}: n-grams seen in fewer notes are
 * dropped from the lexicon (and so from the shipped model); {@code epochs}, {@code learningRate}:
 * the ranker's SGD (AdaGrad); {@code factors}: the factorisation machine's factor size, or 0 for a
 * plain logistic regression.
 */
public record TrainingOptions(int folds, int minGramDocs, int epochs, double learningRate, int factors) {

    /** The settings the shipped model was trained with. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(5, 2, 10, 0.3, 8);
    }
}
