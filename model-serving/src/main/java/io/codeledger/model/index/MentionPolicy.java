package io.codeledger.model.index;

/**
 * Which candidates a caller wants when nothing in the note asserts a code of the patient (its
 * only mentions are negated, hypothetical or about a relative). {@link #CLINICAL} follows the
 * ICD-10-CM reporting guidelines — a condition that is denied ("no evidence of pneumonia"), not yet
 * established ("rule out sepsis") or a relative's ("mother had breast cancer", which at most
 * supports a Z80–Z84 family-history code) is not coded — and is what the product uses. {@link
 * #CODIESP_ANNOTATION} keeps them, because the CodiEsp annotators coded such mentions (dev note
 * S0004-06142005000900016-1: "No history of nephrolithiasis, hematuria or urinary tract
 * infections" is gold-coded N20.0, R31.9 and N39.0; S0004-06142009000900012-1: "her mother had
 * breast cancer" is gold-coded C50.9); it exists to measure the model against that corpus.
 */
public enum MentionPolicy {
    CLINICAL,
    CODIESP_ANNOTATION;

    /** Whether a candidate survives this policy. */
    public boolean admits(Candidate candidate) {
        return this == CODIESP_ANNOTATION || !candidate.unasserted();
    }
}
