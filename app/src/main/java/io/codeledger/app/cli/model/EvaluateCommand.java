package io.codeledger.app.cli.model;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.codeset.CodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.eval.CorpusEvaluation;
import io.codeledger.model.index.MentionPolicy;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: MAP, micro-F1, P@5 and R@5 of a model on a CodiEsp-style split, for D and P separately. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluate the coding model on a corpus split (CodiEsp metrics, D and P separately).")
public class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "CodiEsp-style corpus root or split directory")
    Path corpus;

    @Option(names = "--split", defaultValue = "dev", description = "Split to evaluate (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--model", description = "Model directory (default: the bundled model)")
    Path model;

    @Option(
            names = "--mentions",
            defaultValue = "CODIESP_ANNOTATION",
            description = "Policy for codes whose only mentions are negated or hypothetical: CLINICAL drops them (what"
                    + " the product suggests), CODIESP_ANNOTATION keeps them (how CodiEsp's gold was annotated)."
                    + " Default ${DEFAULT-VALUE}; the other policy's summary is printed too.")
    MentionPolicy mentions;

    @Override
    public Integer call() {
        CodeSet codeSet = BundledCodeSet.load();
        OnnxCodeSuggester suggester = ModelOption.load(model);
        List<CorpusDocument> documents = CodiespCorpus.read(corpus, split);
        MentionPolicy other =
                mentions == MentionPolicy.CLINICAL ? MentionPolicy.CODIESP_ANNOTATION : MentionPolicy.CLINICAL;
        Map<CodeSystem, CorpusEvaluation.SystemReport> otherReports =
                CorpusEvaluation.run(suggester, documents, codeSet, other);
        Map<CodeSystem, CorpusEvaluation.SystemReport> reports =
                CorpusEvaluation.run(suggester, documents, codeSet, mentions);
        System.out.println("model " + suggester.modelHash() + " on " + documents.size() + " notes of split " + split);
        System.out.println("with mention policy " + other + ": " + CorpusEvaluation.summaryLine(otherReports));
        System.out.println("with mention policy " + mentions + ":");
        for (CodeSystem system : CodeSystem.values()) {
            CorpusEvaluation.SystemReport report = reports.get(system);
            String label = system == CodeSystem.ICD10CM ? "D (ICD-10-CM) " : "P (ICD-10-PCS)";
            System.out.println(label + " " + report.metrics().describe());
            System.out.println(label + " gold codes outside the " + codeSet.versionId() + " tables: "
                    + report.goldOutsideTables() + " of " + report.metrics().goldCodes()
                    + (system == CodeSystem.ICD10PCS
                            ? " (" + report.goldPartialProcedures() + " of them 4-character PCS prefixes)"
                            : ""));
        }
        System.out.println(CorpusEvaluation.summaryLine(reports));
        return 0;
    }
}
