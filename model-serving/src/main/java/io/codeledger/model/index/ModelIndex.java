package io.codeledger.model.index;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeSet;

/**
 * Everything the candidate extractor reads besides the note: the code-level and category-level
 * lexicons learned from training notes, the description matcher over the code set and the code
 * set itself.
 */
public record ModelIndex(Lexicon lexicon, Lexicon categories, DescriptionMatcher descriptions, CodeSet codeSet) {

    /** The category a code is counted under: its first three characters in both systems. */
    public static IcdCode category(IcdCode code) {
        String bare = code.value().replace(".", "");
        return new IcdCode(code.system(), bare.length() <= 3 ? bare : bare.substring(0, 3));
    }

    /** Whether a code is incomplete: a CM header with children, or a PCS code shorter than seven characters. */
    public boolean partial(IcdCode code) {
        if (code.system() == CodeSystem.ICD10PCS) {
            return code.value().length() < 7;
        }
        return codeSet.lookup(code).map(e -> !e.billable()).orElse(false);
    }
}
