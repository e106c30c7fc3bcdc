package io.codeledger.infra.deid;

/**
 * One detected identifier: the half-open character range {@code [start, end)} in the ORIGINAL text
 * and its category. Spans returned by {@link Deidentifier} never overlap and are sorted by start.
 */
public record PhiSpan(int start, int end, PhiCategory type) {

    public PhiSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("CL-DEID-001: span must have 0 <= start < end");
        }
        if (type == null) {
            throw new IllegalArgumentException("CL-DEID-002: span needs a category");
        }
    }

    /** The span as one JSON object, {@code {"start": .., "end": .., "type": ..}}. */
    public String toJson() {
        return "{\"start\": " + start + ", \"end\": " + end + ", \"type\": \"" + type.name() + "\"}";
    }

    /** Whether this span and {@code other} share at least one character. */
    public boolean overlaps(PhiSpan other) {
        return start < other.end && other.start < end;
    }
}
