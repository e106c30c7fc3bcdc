package io.codeledger.infra.deid;

/**
 * A hit of the independent second-pass sweep: something at {@code offset} of the de-identified
 * OUTPUT text still looks like an identifier of {@code category}. Carries no text, so it can be
 * logged and reported without disclosing PHI.
 */
public record SweepFinding(int offset, PhiCategory category) {

    /** The finding as one JSON object, {@code {"offset": .., "category": ..}}. */
    public String toJson() {
        return "{\"offset\": " + offset + ", \"category\": \"" + category.name() + "\"}";
    }
}
