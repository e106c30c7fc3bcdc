package io.codeledger.infra.deid;

/** How detected identifiers are written in the output. */
public enum OutputMode {
    /** Replace each identifier with its category tag, e.g. {@code [NAME]}, {@code [DATE]}. */
    REDACT,
    /**
     * Replace each identifier with a realistic surrogate; the same value maps to the same surrogate
     * throughout one document, and dates are shifted by one offset so intervals are kept.
     */
    SURROGATE
}
