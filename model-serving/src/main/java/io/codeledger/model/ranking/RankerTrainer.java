package io.codeledger.model.ranking;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.ONNXExportable;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the ranker over candidate features with Tribuo, a factorisation machine
 * ({@link FMClassificationTrainer}: logistic loss plus pairwise feature interactions) or a plain
 * logistic regression ({@link LinearSGDTrainer}), and exports it to ONNX. The export is made reproducible: Tribuo's
 * provenance metadata (training time, machine) is removed, so the same data and seed give the same
 * bytes.
 */
public final class RankerTrainer {

    static final String POSITIVE = "1";
    static final String NEGATIVE = "0";

    private final int epochs;
    private final double learningRate;
    private final int factors;

    /** @param factors the factorisation machine's factor size; 0 trains a logistic regression */
    public RankerTrainer(int epochs, double learningRate, int factors) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.factors = factors;
    }

    /** A trained ranker: ONNX bytes, its input features in column order and the positive output column. */
    public record TrainedRanker(byte[] onnx, List<String> featureOrder, int positiveColumn) {}

    /** Trains on feature rows (named by {@code featureNames}) and their labels. */
    public TrainedRanker train(List<float[]> rows, boolean[] labels, List<String> featureNames, long seed) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("candidate features", factory), factory);
        String[] names = featureNames.toArray(String[]::new);
        for (int i = 0; i < rows.size(); i++) {
            double[] values = new double[names.length];
            float[] row = rows.get(i);
            for (int k = 0; k < values.length; k++) {
                // Tribuo drops features it never sees; a tiny floor keeps every column present.
                values[k] = row[k] == 0f ? 1e-9 : row[k];
            }
            dataset.add(new ArrayExample<>(new Label(labels[i] ? POSITIVE : NEGATIVE), names, values));
        }
        Model<Label> model = trainer(seed).train(dataset);
        List<String> order = new ArrayList<>();
        for (int id = 0; id < model.getFeatureIDMap().size(); id++) {
            order.add(model.getFeatureIDMap().get(id).getName());
        }
        int positive = model.getOutputIDInfo().getID(new Label(POSITIVE));
        byte[] onnx = canonical(((ONNXExportable) model)
                .exportONNXModel("io.codeledger.model", 1L)
                .toByteArray());
        return new TrainedRanker(onnx, order, positive);
    }

    private Trainer<Label> trainer(long seed) {
        AdaGrad optimiser = new AdaGrad(learningRate, 0.1);
        if (factors > 0) {
            return new FMClassificationTrainer(
                    new LogMulticlass(), optimiser, epochs, Integer.MAX_VALUE, 1, seed, factors, 0.1);
        }
        return new LinearSGDTrainer(new LogMulticlass(), optimiser, epochs, Integer.MAX_VALUE, 1, seed);
    }

    /** The ONNX model without Tribuo's provenance, whose timestamps would change the model's hash. */
    static byte[] canonical(byte[] onnx) {
        try {
            OnnxMl.ModelProto model = OnnxMl.ModelProto.parseFrom(onnx);
            return model.toBuilder()
                    .clearMetadataProps()
                    .clearDocString()
                    .setProducerName("CodeLedger")
                    .setProducerVersion("1")
                    .build()
                    .toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("Tribuo exported an unreadable ONNX model", e);
        }
    }
}
