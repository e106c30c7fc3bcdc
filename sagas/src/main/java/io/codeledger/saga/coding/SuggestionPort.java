package io.codeledger.saga.coding;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.CodeSuggestion;
import java.util.List;

/**
 * What the coding saga needs from model serving: suggestions for one document. The application
 * adapts the ONNX suggester to it; the saga never depends on model-serving directly.
 */
public interface SuggestionPort {

    /** Ranked suggestions for the document; throws if the model cannot answer now. */
    Batch suggest(TenantId tenant, ClinicalDocument document);

    /** Suggestions with the model hash and code-set version that produced them. */
    record Batch(List<CodeSuggestion> suggestions, String modelHash, String codeSetVersion) {}
}
