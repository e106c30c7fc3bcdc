package io.codeledger.infra.deid.batch;

import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.SweepFinding;
import java.util.List;
import java.util.Map;

/**
 * What a {@link DeidBatch} run did: files read, written clean, rejected by the second-pass sweep
 * (with their findings) and failed (unreadable), plus identifier counts per category. Holds file
 * paths relative to the input folder, never note text.
 */
public record BatchReport(
        int files,
        int clean,
        Map<String, List<SweepFinding>> rejected,
        Map<String, String> failed,
        Map<PhiCategory, Long> spansByCategory,
        long bytes,
        long nanos) {

    /** True when every file was written as clean de-identified text. */
    public boolean allClean() {
        return rejected.isEmpty() && failed.isEmpty();
    }
}
