package io.codeledger.model.text;

/**
 * Whether a word of a clinical note asserts something about the patient now. Only {@link #AFFIRMED}
 * mentions may propose a diagnosis or procedure; negated ("no evidence of pneumonia") and
 * hypothetical ("rule out sepsis") mentions never do, and family-history mentions ("mother had
 * breast cancer") may only support family-history codes.
 */
public enum MentionContext {
    AFFIRMED(""),
    NEGATED("neg:"),
    HYPOTHETICAL("hyp:"),
    FAMILY("fam:");

    private final String prefix;

    MentionContext(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix that keeps this context's n-grams apart from affirmed ones in the lexicon. */
    public String prefix() {
        return prefix;
    }
}
