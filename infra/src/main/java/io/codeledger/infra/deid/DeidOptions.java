package io.codeledger.infra.deid;

import java.util.OptionalInt;

/**
 * Per-call options: the output mode, an optional date shift in days and the seed that makes
 * surrogates reproducible. With a date shift, dates are written shifted (intervals kept) instead of
 * being tagged; without one, {@link OutputMode#REDACT} tags dates and {@link OutputMode#SURROGATE}
 * shifts them by an offset derived from the seed. Use {@link DateShift#forPatient} to give every
 * record of one patient the same offset.
 */
public record DeidOptions(OutputMode mode, OptionalInt dateShiftDays, long seed) {

    public DeidOptions {
        if (mode == null) {
            throw new IllegalArgumentException("CL-DEID-003: output mode is required");
        }
        dateShiftDays = dateShiftDays == null ? OptionalInt.empty() : dateShiftDays;
    }

    /** Redaction with category tags, no date shifting: the default. */
    public static DeidOptions redact() {
        return new DeidOptions(OutputMode.REDACT, OptionalInt.empty(), 0L);
    }

    /** Consistent surrogates, reproducible for a given seed. */
    public static DeidOptions surrogates(long seed) {
        return new DeidOptions(OutputMode.SURROGATE, OptionalInt.empty(), seed);
    }

    /** The same options, with dates shifted by {@code days} (may be negative) instead of tagged. */
    public DeidOptions withDateShift(int days) {
        return new DeidOptions(mode, OptionalInt.of(days), seed);
    }
}
