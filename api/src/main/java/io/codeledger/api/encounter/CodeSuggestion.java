package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import java.util.List;

/** One suggested code with the model's calibrated confidence (0..1) and the text that supports it. */
public record CodeSuggestion(IcdCode code, double confidence, List<EvidenceSpan> evidence) {}
