package io.codeledger.model.index;

/**
 * Which candidates a caller wants when a code's only mentions are negated or hypothetical.
 * {@link #CLINICAL} follows the ICD-10-CM reporting guidelines — a condition that is denied ("no
 * evidence of pneumonia") or not yet established ("rule out sepsis") is not coded — and is what
 * the product uses. {@link #CODIESP_ANNOTATION} keeps them, because the CodiEsp annotators coded
 * conditions mentioned in negated context (dev note S0004-06142005000900016-1: "No history of
 * nephrolithiasis, hematuria or urinary tract infections" is gold-coded N20.0, R31.9 and N39.0);
 * it exists to measure the model against that corpus.
 */
public enum MentionPolicy {
    CLINICAL,
    CODIESP_ANNOTATION;

    /** Whether a candidate survives this policy. */
    public boolean admits(Candidate candidate) {
        return this == CODIESP_ANNOTATION || !candidate.deniedOnly();
    }
}
