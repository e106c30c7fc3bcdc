package io.codeledger.model.training;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.eval.CorpusEvaluation;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;

/** Manual experiment: train on train (pass-through de-identification, tests only), evaluate on dev. */
final class DevExperiment {

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../data-sets/codiesp");
        var codeSet = BundledCodeSet.load();
        long t0 = System.nanoTime();
        var trainer = new Trainer(PassThroughDeidentifierForTests.INSTANCE, codeSet, TrainingOptions.defaults());
        var result = trainer.train(CodiespCorpus.read(corpus, "train"), 7L);
        System.out.printf(
                "trained in %.1f s, %d bytes onnx, %d bytes lexicon%n",
                (System.nanoTime() - t0) / 1e9,
                result.files().onnx().length,
                result.files().lexicon().length);
        result.crossValidated().forEach((s, m) -> System.out.println("CV " + s + " " + m.describe()));
        if (args.length > 1) {
            result.files().write(Path.of(args[1]));
        }
        try (var suggester = OnnxCodeSuggester.fromFiles(result.files(), codeSet)) {
            var dev = CodiespCorpus.read(corpus, "dev");
            var clinical =
                    CorpusEvaluation.run(suggester, dev, codeSet, io.codeledger.model.index.MentionPolicy.CLINICAL);
            System.out.println("CLINICAL " + CorpusEvaluation.summaryLine(clinical));
            var reports = CorpusEvaluation.run(
                    suggester, dev, codeSet, io.codeledger.model.index.MentionPolicy.CODIESP_ANNOTATION);
            for (CodeSystem s : CodeSystem.values()) {
                System.out.println("DEV " + s + " " + reports.get(s).metrics().describe());
            }
            System.out.println(CorpusEvaluation.summaryLine(reports));
        }
    }
}
