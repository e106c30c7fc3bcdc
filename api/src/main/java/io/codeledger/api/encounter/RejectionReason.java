package io.codeledger.api.encounter;

/**
 * Why a coder rejected a suggestion, as a category the metrics can count (the free-text note next to
 * it may hold PHI and is sealed).
 */
public enum RejectionReason {
    NOT_SUPPORTED_BY_DOCUMENTATION,
    MORE_SPECIFIC_CODE_AVAILABLE,
    CONDITION_RULED_OUT,
    HISTORICAL_CONDITION,
    NEGATED_OR_HYPOTHETICAL,
    DUPLICATE,
    CODING_GUIDELINE,
    OTHER
}
