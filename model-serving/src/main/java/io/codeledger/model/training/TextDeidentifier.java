package io.codeledger.model.training;

/**
 * The de-identification engine as training sees it. Every training note passes through it before
 * the model reads a word; a note it rejects (its second-pass sweep still finds an identifier) is
 * left out of training, never passed through. The platform's engine lives in {@code infra} and is
 * adapted to this port where the application is wired; model-serving depends on nothing there.
 */
@FunctionalInterface
public interface TextDeidentifier {

    /** The de-identified text of one note, or a rejection. Must not log the text. */
    DeidOutcome deidentify(String text);
}
