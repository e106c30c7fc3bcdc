package io.codeledger.api.encounter;

/**
 * Where an encounter is in its coding lifecycle: REGISTERED → DOCUMENTED → SUGGESTED → IN_CODING →
 * SUBMITTED → APPROVED, or SUBMITTED → RETURNED → IN_CODING, and APPROVED → REOPENED → IN_CODING.
 * {@link #after(EncounterStatus, EncounterEvent)} is the one definition of the transitions: the
 * aggregate, the projections and point-in-time replay all use it.
 */
public enum EncounterStatus {
    REGISTERED,
    DOCUMENTED,
    SUGGESTED,
    IN_CODING,
    SUBMITTED,
    RETURNED,
    APPROVED,
    REOPENED;

    /** The status after {@code event}; {@code current} is null before registration. */
    public static EncounterStatus after(EncounterStatus current, EncounterEvent event) {
        if (event instanceof EncounterRegistered) {
            return REGISTERED;
        } else if (event instanceof ClinicalDocumentAttached) {
            return current == REGISTERED ? DOCUMENTED : current;
        } else if (event instanceof CodeSuggestionsRecorded) {
            return current == DOCUMENTED ? SUGGESTED : current;
        } else if (event instanceof EncounterClaimed) {
            return IN_CODING;
        } else if (event instanceof CodingSubmitted) {
            return SUBMITTED;
        } else if (event instanceof CodingApproved) {
            return APPROVED;
        } else if (event instanceof CodingReturned) {
            return RETURNED;
        } else if (event instanceof EncounterReopened) {
            return REOPENED;
        }
        return current;
    }

    /** Whether a coder may claim the encounter in this status. */
    public boolean claimable() {
        return this == DOCUMENTED || this == SUGGESTED || this == RETURNED || this == REOPENED;
    }

    /** Whether the encounter is finished work (nothing left for a coder). */
    public boolean closed() {
        return this == SUBMITTED || this == APPROVED;
    }
}
