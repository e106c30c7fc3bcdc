package io.codeledger.model;

import java.util.List;

/**
 * Suggests ICD-10-CM and ICD-10-PCS codes for an encounter's documents, ranked, each with a
 * calibrated confidence and the character spans of the text that supports it. Implementations are
 * thread-safe and record which model produced the suggestions (its content hash).
 */
public interface CodeSuggester {

    /** Suggestions for the documents, best first, at most {@code limit} of them. */
    Suggestions suggest(List<DocumentInput> documents, int limit);

    /** The content hash of the model, e.g. {@code sha256:...}; recorded with every suggestion. */
    String modelHash();

    /** The model shipped with CodeLedger (ONNX ranker + lexicon), loaded once per process; works offline. */
    static CodeSuggester loadBundled() {
        return io.codeledger.model.serving.OnnxCodeSuggester.loadBundled();
    }
}
