package io.codeledger.codeset;

import io.codeledger.api.coding.IcdCode;
import java.util.List;

/**
 * One code of a code set: its description, whether it is billable (a leaf) and the inclusion terms
 * the tabular list gives for it (ICD-10-CM only).
 */
public record CodeEntry(IcdCode code, String description, boolean billable, List<String> inclusionTerms) {

    public CodeEntry {
        inclusionTerms = List.copyOf(inclusionTerms);
    }
}
