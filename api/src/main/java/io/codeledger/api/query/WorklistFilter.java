package io.codeledger.api.query;

import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import java.time.Instant;
import java.util.Set;

/**
 * Narrows a worklist; every criterion is optional (null or empty = any). {@code mine} means the
 * coder's default view: open, unassigned work plus what is assigned to {@code assignee}.
 */
public record WorklistFilter(
        Set<EncounterStatus> statuses,
        UserId assignee,
        boolean mine,
        EncounterType type,
        String facility,
        Instant dischargedFrom,
        Instant dischargedTo,
        Double minConfidence,
        Double maxConfidence) {

    public WorklistFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static WorklistFilter all() {
        return new WorklistFilter(Set.of(), null, false, null, null, null, null, null, null);
    }
}
