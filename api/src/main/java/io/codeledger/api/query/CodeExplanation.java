package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import java.util.List;

/**
 * The events that concern one code on one encounter, in order: the suggestion (model hash,
 * confidence, evidence offsets), who accepted or added it, who sequenced, submitted and approved
 * it, and any removal. {@code finalCode} says whether it is a final code now.
 */
public record CodeExplanation(IcdCode code, boolean finalCode, List<HistoryEntry> chain) {

    public CodeExplanation {
        chain = List.copyOf(chain);
    }
}
