package io.codeledger.model.serving;

import java.util.List;
import java.util.Map;

/**
 * The model's metadata file ({@code model-metadata.json}): how it was trained (seed, data hash,
 * options, counts), what it reads (n-gram specification, ranker features in ONNX column order),
 * what it can suggest (the codes seen in training), its decision thresholds per code system, the
 * code-set version it was built against and its cross-validated training metrics.
 */
public record ModelMetadata(
        String format,
        long seed,
        String codeSetVersion,
        String trainingDataHash,
        int trainingDocuments,
        int rejectedDocuments,
        Map<String, Object> featureSpec,
        List<String> rankerFeatures,
        int positiveColumn,
        Map<String, Double> thresholds,
        List<String> codes,
        Map<String, String> files,
        Map<String, Map<String, Double>> metrics) {

    public static final String FORMAT = "codeledger-coding-model/1";

    /** The decision threshold for a code system (e.g. {@code ICD10CM}). */
    public double threshold(String system) {
        return thresholds.getOrDefault(system, 0.5);
    }
}
