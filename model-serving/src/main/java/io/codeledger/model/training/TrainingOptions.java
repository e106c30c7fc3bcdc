package io.codeledger.model.training;

/**
 * Training settings. {@code folds}: cross-validation folds used to produce the ranker's training
 * features on notes the lexicon has not seen; {@code minGramDocs}: n-grams seen in fewer notes are
 * dropped from the shipped lexicon; {@code epochs} and {@code learningRate}: the ranker's SGD.
 */
public record TrainingOptions(int folds, int minGramDocs, int epochs, double learningRate) {

    /** The settings the shipped model was trained with. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(5, 2, 5, 0.1);
    }
}
