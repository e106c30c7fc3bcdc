package io.codeledger.model.ranking;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * The learned ranker, run in ONNX Runtime: maps each candidate's feature vector to the probability
 * that the code is correct for the note. The model's input is {@code float[batch, features]} in
 * the order {@code featureOrder} names; its output is {@code float[batch, 2]} class probabilities,
 * of which column {@code positiveColumn} is "code applies". Thread-safe: ONNX Runtime sessions may
 * be shared.
 */
public final class OnnxRanker implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final int[] columnOf;
    private final int positiveColumn;

    /**
     * @param model the ONNX bytes
     * @param featureOrder the model's input features, by name, in column order
     * @param extractorOrder the names in the order the caller's feature vectors hold them
     * @param positiveColumn the output column of the positive class
     */
    public OnnxRanker(byte[] model, List<String> featureOrder, List<String> extractorOrder, int positiveColumn) {
        try {
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            this.session = environment.createSession(model, options);
            this.inputName = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the ranker model", e);
        }
        this.columnOf = new int[featureOrder.size()];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = extractorOrder.indexOf(featureOrder.get(i));
            if (columnOf[i] < 0) {
                throw new IllegalArgumentException("model feature unknown to this build: " + featureOrder.get(i));
            }
        }
        this.positiveColumn = positiveColumn;
    }

    /** The probability, per row, that the candidate's code applies. */
    public float[] score(List<float[]> rows) {
        if (rows.isEmpty()) {
            return new float[0];
        }
        int width = columnOf.length;
        FloatBuffer buffer = FloatBuffer.allocate(rows.size() * width);
        for (float[] row : rows) {
            for (int column : columnOf) {
                buffer.put(row[column]);
            }
        }
        buffer.flip();
        try (OnnxTensor input = OnnxTensor.createTensor(environment, buffer, new long[] {rows.size(), width});
                OrtSession.Result result = session.run(Map.of(inputName, input))) {
            float[][] output = (float[][]) result.get(0).getValue();
            float[] scores = new float[rows.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = output[i][positiveColumn];
            }
            return scores;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to score candidates", e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        }
    }
}
