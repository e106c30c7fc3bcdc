package io.codeledger.model.training;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.eval.Evaluator;
import io.codeledger.model.eval.RankedCode;
import io.codeledger.model.eval.SystemMetrics;
import io.codeledger.model.index.Candidate;
import io.codeledger.model.index.CandidateExtractor;
import io.codeledger.model.index.DescriptionMatcher;
import io.codeledger.model.index.Lexicon;
import io.codeledger.model.index.LexiconCodec;
import io.codeledger.model.index.ModelIndex;
import io.codeledger.model.index.RankerFeatures;
import io.codeledger.model.ranking.OnnxRanker;
import io.codeledger.model.ranking.RankerTrainer;
import io.codeledger.model.serving.MetadataJson;
import io.codeledger.model.serving.ModelFiles;
import io.codeledger.model.serving.ModelMetadata;
import io.codeledger.model.text.AnalysedText;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the coding model from a CodiEsp-style corpus. Every note first goes through the
 * {@link TextDeidentifier}; notes it rejects are left out. The lexicon is then cross-validated:
 * for each fold, a lexicon built from the other folds produces candidates and features for the
 * fold's notes, so the ranker learns from features computed the way they will be on unseen notes.
 * The ranker is trained on all folds' candidates and exported to ONNX; thresholds that maximise
 * micro-F1 on the cross-validated predictions are stored with the final lexicon (built from every
 * accepted note). The same corpus, options and seed give byte-identical files.
 */
public final class Trainer {

    private static final System.Logger LOG = System.getLogger(Trainer.class.getName());

    private final TextDeidentifier deidentifier;
    private final CodeSet codeSet;
    private final DescriptionMatcher descriptions;
    private final TrainingOptions options;

    public Trainer(TextDeidentifier deidentifier, CodeSet codeSet, TrainingOptions options) {
        this.deidentifier = deidentifier;
        this.codeSet = codeSet;
        this.descriptions = new DescriptionMatcher(codeSet.entries());
        this.options = options;
    }

    /** What training produced: the model files and the cross-validated metrics per code system. */
    public record Result(ModelFiles files, Map<CodeSystem, SystemMetrics> crossValidated, int rejected) {}

    /** Trains on the {@code train} split under {@code corpusDir} and writes the model into {@code outDir}. */
    public Result train(Path corpusDir, Path outDir, long seed) {
        Result result = train(CodiespCorpus.read(corpusDir, "train"), seed);
        result.files().write(outDir);
        return result;
    }

    /** Trains on the given notes (raw text: they are de-identified here). */
    public Result train(List<CorpusDocument> corpus, long seed) {
        PreparedCorpus prepared = deidentify(corpus);
        if (prepared.documents.size() < options.folds()) {
            throw new IllegalArgumentException(
                    "too few notes to train on after de-identification: " + prepared.documents.size());
        }
        List<float[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<List<Candidate>> perDocument = crossValidatedCandidates(prepared, rows, labels, seed);
        boolean[] labelArray = new boolean[labels.size()];
        for (int i = 0; i < labelArray.length; i++) {
            labelArray[i] = labels.get(i);
        }
        LOG.log(
                Level.INFO,
                "training the ranker on {0} candidates ({1} correct)",
                rows.size(),
                labels.stream().filter(b -> b).count());
        RankerTrainer.TrainedRanker ranker = new RankerTrainer(
                        options.epochs(), options.learningRate(), options.factors())
                .train(rows, labelArray, RankerFeatures.NAMES, seed);
        Map<CodeSystem, SystemMetrics> metrics = crossValidatedMetrics(prepared, perDocument, ranker);
        ModelIndex index = ModelIndex.train(prepared.observations, options.minGramDocs(), descriptions, codeSet);
        Lexicon lexicon = index.lexicon();
        byte[] lexiconBytes = LexiconCodec.write(index.contents());
        ModelMetadata metadata = metadata(prepared, seed, ranker, metrics, lexicon, lexiconBytes);
        ModelFiles files = new ModelFiles(ranker.onnx(), lexiconBytes, MetadataJson.write(metadata));
        LOG.log(Level.INFO, "trained model {0}", files.contentHash());
        return new Result(files, metrics, prepared.rejected);
    }

    private PreparedCorpus deidentify(List<CorpusDocument> corpus) {
        List<CorpusDocument> accepted = new ArrayList<>();
        int rejected = 0;
        for (CorpusDocument doc : corpus) {
            DeidOutcome outcome = deidentifier.deidentify(doc.text());
            if (outcome.rejected()) {
                rejected++;
            } else {
                accepted.add(doc.withText(outcome.text()));
            }
        }
        LOG.log(Level.INFO, "de-identification accepted {0} notes and rejected {1}", accepted.size(), rejected);
        return new PreparedCorpus(accepted, rejected);
    }

    private List<List<Candidate>> crossValidatedCandidates(
            PreparedCorpus prepared, List<float[]> rows, List<Boolean> labels, long seed) {
        int n = prepared.documents.size();
        int[] fold = folds(n, options.folds(), seed);
        List<List<Candidate>> perDocument = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (int f = 0; f < options.folds(); f++) {
            List<Lexicon.Observation> training = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    training.add(prepared.observations.get(i));
                }
            }
            CandidateExtractor extractor =
                    new CandidateExtractor(ModelIndex.train(training, options.minGramDocs(), descriptions, codeSet));
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    perDocument.set(i, extractor.extract(prepared.texts.get(i)));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            CorpusDocument doc = prepared.documents.get(i);
            for (Candidate c : perDocument.get(i)) {
                rows.add(c.features());
                labels.add(doc.gold(c.code().system()).contains(c.code()));
            }
        }
        return perDocument;
    }

    private static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % k;
        }
        return fold;
    }

    private Map<CodeSystem, SystemMetrics> crossValidatedMetrics(
            PreparedCorpus prepared, List<List<Candidate>> perDocument, RankerTrainer.TrainedRanker trained) {
        Map<CodeSystem, SystemMetrics> metrics = new TreeMap<>();
        try (OnnxRanker ranker = new OnnxRanker(
                trained.onnx(), trained.featureOrder(), RankerFeatures.NAMES, trained.positiveColumn())) {
            Map<CodeSystem, List<List<RankedCode>>> ranked = new TreeMap<>();
            for (CodeSystem system : CodeSystem.values()) {
                ranked.put(system, new ArrayList<>());
            }
            for (List<Candidate> candidates : perDocument) {
                float[] scores = ranker.score(
                        candidates.stream().map(Candidate::features).toList());
                Map<CodeSystem, List<RankedCode>> lists = new TreeMap<>();
                for (CodeSystem system : CodeSystem.values()) {
                    lists.put(system, new ArrayList<>());
                }
                for (int k = 0; k < scores.length; k++) {
                    lists.get(candidates.get(k).code().system())
                            .add(new RankedCode(candidates.get(k).code(), scores[k]));
                }
                lists.forEach((system, list) -> ranked.get(system).add(list));
            }
            for (CodeSystem system : CodeSystem.values()) {
                List<Set<IcdCode>> gold =
                        prepared.documents.stream().map(d -> d.gold(system)).toList();
                double threshold = Evaluator.bestThreshold(gold, ranked.get(system));
                metrics.put(system, Evaluator.evaluate(gold, ranked.get(system), threshold));
            }
        }
        return metrics;
    }

    private ModelMetadata metadata(
            PreparedCorpus prepared,
            long seed,
            RankerTrainer.TrainedRanker ranker,
            Map<CodeSystem, SystemMetrics> metrics,
            Lexicon lexicon,
            byte[] lexiconBytes) {
        Map<String, Object> featureSpec = new TreeMap<>();
        featureSpec.put(
                "ngrams",
                "1.." + AnalysedText.MAX_N + " consecutive meaningful words of one sentence, lower case, plural-folded,"
                        + " from every context; family-history words keyed apart ('fam:'); each mention's context"
                        + " (affirmed, negated, hypothetical, family) reaches the ranker as features");
        featureSpec.put(
                "mentionPolicy",
                "thresholds and cross-validated metrics count every candidate (CodiEsp annotates negated mentions);"
                        + " the product's CLINICAL policy drops codes whose only mentions are negated or hypothetical");
        featureSpec.put("minGramDocs", options.minGramDocs());
        featureSpec.put("deidentifier", deidentifier.getClass().getSimpleName());
        featureSpec.put("folds", options.folds());
        featureSpec.put("epochs", options.epochs());
        featureSpec.put("learningRate", options.learningRate());
        featureSpec.put("factors", options.factors());
        featureSpec.put(
                "ranker",
                options.factors() > 0
                        ? "factorisation machine (Tribuo FMClassificationTrainer)"
                        : "logistic regression (Tribuo LinearSGDTrainer)");
        featureSpec.put("lexiconGrams", lexicon.size());
        Map<String, Double> thresholds = new TreeMap<>();
        Map<String, Map<String, Double>> figures = new TreeMap<>();
        metrics.forEach((system, m) -> {
            thresholds.put(system.name(), m.threshold());
            Map<String, Double> f = new TreeMap<>();
            f.put("MAP", m.map());
            f.put("microF1", m.microF1());
            f.put("P@5", m.precisionAt5());
            f.put("R@5", m.recallAt5());
            figures.put("crossValidated." + system.name(), f);
        });
        List<String> codes =
                lexicon.codes().stream().map(c -> c.system() + ":" + c.value()).toList();
        Map<String, String> files = new TreeMap<>();
        files.put(ModelFiles.ONNX, "sha256:" + ModelFiles.sha256(ranker.onnx()));
        files.put(ModelFiles.LEXICON, "sha256:" + ModelFiles.sha256(lexiconBytes));
        return new ModelMetadata(
                ModelMetadata.FORMAT,
                seed,
                codeSet.versionId(),
                prepared.dataHash(),
                prepared.documents.size(),
                prepared.rejected,
                featureSpec,
                ranker.featureOrder(),
                ranker.positiveColumn(),
                thresholds,
                codes,
                files,
                figures);
    }
}
