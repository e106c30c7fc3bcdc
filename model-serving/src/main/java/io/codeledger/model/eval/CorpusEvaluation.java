package io.codeledger.model.eval;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeSet;
import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.index.MentionPolicy;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a suggester over an evaluation split under a {@link MentionPolicy} and computes, per code
 * system, the figures of {@link SystemMetrics} at the model's own thresholds, and how many gold
 * codes the code tables lack.
 */
public final class CorpusEvaluation {

    /** The figures for one system plus gold-code coverage by the code tables. */
    public record SystemReport(SystemMetrics metrics, int goldOutsideTables, int goldPartialProcedures) {}

    private CorpusEvaluation() {}

    /** Evaluates every note of the split. */
    public static Map<CodeSystem, SystemReport> run(
            OnnxCodeSuggester suggester, List<CorpusDocument> documents, CodeSet codeSet, MentionPolicy policy) {
        Map<CodeSystem, List<List<RankedCode>>> ranked = new EnumMap<>(CodeSystem.class);
        for (CodeSystem system : CodeSystem.values()) {
            ranked.put(system, new ArrayList<>());
        }
        for (CorpusDocument doc : documents) {
            Map<CodeSystem, List<RankedCode>> lists = new EnumMap<>(CodeSystem.class);
            for (CodeSystem system : CodeSystem.values()) {
                lists.put(system, new ArrayList<>());
            }
            for (OnnxCodeSuggester.ScoredCode s : suggester.rank(doc.text(), policy)) {
                lists.get(s.code().system()).add(new RankedCode(s.code(), s.score()));
            }
            lists.forEach((system, list) -> ranked.get(system).add(list));
        }
        Map<CodeSystem, SystemReport> reports = new EnumMap<>(CodeSystem.class);
        for (CodeSystem system : CodeSystem.values()) {
            List<Set<IcdCode>> gold =
                    documents.stream().map(d -> d.gold(system)).toList();
            double threshold = suggester.metadata().threshold(system.name());
            int outside = 0;
            int partial = 0;
            for (Set<IcdCode> codes : gold) {
                for (IcdCode code : codes) {
                    if (codeSet.lookup(code).isEmpty()) {
                        outside++;
                        if (system == CodeSystem.ICD10PCS && code.value().length() < 7) {
                            partial++;
                        }
                    }
                }
            }
            reports.put(
                    system,
                    new SystemReport(Evaluator.evaluate(gold, ranked.get(system), threshold), outside, partial));
        }
        return reports;
    }

    /** The closing summary line, e.g. {@code D_MAP=0.5012 P_MAP=0.4101 D_microF1=0.4470 P_microF1=0.3800}. */
    public static String summaryLine(Map<CodeSystem, SystemReport> reports) {
        SystemMetrics d = reports.get(CodeSystem.ICD10CM).metrics();
        SystemMetrics p = reports.get(CodeSystem.ICD10PCS).metrics();
        return String.format(
                Locale.ROOT,
                "D_MAP=%.4f P_MAP=%.4f D_microF1=%.4f P_microF1=%.4f",
                d.map(),
                p.map(),
                d.microF1(),
                p.microF1());
    }
}
