package io.codeledger.app.cli.deid;

import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.eval.Evaluation;
import io.codeledger.infra.deid.eval.EvaluationReport;
import io.codeledger.infra.deid.eval.GoldDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate-deid [--gold DIR]}: recall and precision per category on an annotated gold corpus
 * (inline {@code [[CATEGORY:text]]} markup). Each sub-folder (e.g. {@code tuning}, {@code heldout}) is
 * reported on its own, then all together. Plain Java: no Spring context is started.
 */
@Command(
        name = "evaluate-deid",
        mixinStandardHelpOptions = true,
        description = "Measure de-identification recall and precision per category on a gold corpus.")
public class EvaluateDeidCommand implements Callable<Integer> {

    @Option(
            names = "--gold",
            defaultValue = "infra/src/test/resources/deid/gold",
            description = "Gold corpus folder (default ${DEFAULT-VALUE}, relative to the repository root).")
    Path gold;

    @Option(names = "--errors", description = "Also list missed and spurious spans (prints gold text).")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            System.err.println("CL-DEID-501: gold folder not found; run from the repository root or pass --gold");
            return 2;
        }
        Deidentifier engine = new Deidentifier();
        List<Path> parts;
        try (Stream<Path> children = Files.list(gold)) {
            parts = children.filter(Files::isDirectory).sorted().toList();
        }
        List<GoldDocument> all = new ArrayList<>();
        for (Path part : parts) {
            List<GoldDocument> docs = Evaluation.load(part);
            all.addAll(docs);
            report(gold.relativize(part).toString(), Evaluation.run(engine, docs));
        }
        if (parts.isEmpty() || all.isEmpty()) {
            all = Evaluation.load(gold);
        }
        report("all", Evaluation.run(engine, all));
        System.out.println("recall: gold spans fully removed (any category); typed: removed with the gold category;");
        System.out.println("precision: predicted spans overlapping a gold span.");
        return 0;
    }

    private void report(String title, Evaluation e) {
        System.out.println(EvaluationReport.table(title, e));
        if (errors) {
            e.misses().forEach(m -> System.out.println("  MISS " + m));
            e.falsePositives().forEach(m -> System.out.println("  FP   " + m));
            System.out.println();
        }
    }
}
