package io.codeledger.codeset;

import io.codeledger.api.coding.IcdCode;
import java.util.List;
import java.util.Optional;

/**
 * The ICD-10-CM and ICD-10-PCS code sets CodeLedger validates and suggests against: lookup by code
 * (dotted or not), the billable check, description search, the Excludes1 notes of the ICD-10-CM
 * tabular list, and the version id recorded with every suggestion.
 */
public interface CodeSet {

    /** Identifies the tables loaded, e.g. {@code ICD10CM-FY2026+ICD10PCS-FY2026}; stored with suggestions. */
    String versionId();

    /** The entry for a code, billable or a non-billable header (a category with children). */
    Optional<CodeEntry> lookup(IcdCode code);

    /** True when the code exists and may be reported on a claim (it has no children). */
    default boolean isBillable(IcdCode code) {
        return lookup(code).map(CodeEntry::billable).orElse(false);
    }

    /** Entries whose description or inclusion terms contain every word of the query, best first. */
    List<CodeEntry> search(String text, int limit);

    /**
     * The Excludes1 conflict between two ICD-10-CM codes, if either one's Excludes1 notes (at the
     * code itself or any of its ancestors) exclude the other.
     */
    Optional<Excludes1Conflict> excludes1Conflict(IcdCode a, IcdCode b);

    /** Every code entry of both systems, for indexing by the model. */
    List<CodeEntry> entries();
}
