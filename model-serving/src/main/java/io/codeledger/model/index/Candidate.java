package io.codeledger.model.index;

import io.codeledger.api.coding.IcdCode;
import java.util.List;

/**
 * A code that might apply to a note: the ranker's features for it (in {@link RankerFeatures}
 * order), the character spans {@code [start, end)} of the text that proposed it, and whether
 * nothing in the note asserts it of the patient ({@code unasserted}: only negated, hypothetical or
 * relatives' mentions).
 */
public record Candidate(IcdCode code, float[] features, List<int[]> evidence, boolean unasserted) {

    public Candidate {
        evidence = List.copyOf(evidence);
    }
}
