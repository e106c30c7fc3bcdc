package io.codeledger.infra.deid;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.infra.deid.eval.CategoryScore;
import io.codeledger.infra.deid.eval.Evaluation;
import io.codeledger.infra.deid.eval.EvaluationReport;
import io.codeledger.infra.deid.eval.GoldDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality bar, measured on the project's own gold corpus: recall at least 0.99 overall
 * and 0.98 in every category, precision at least 0.85. {@code tuning/} is the part the rules were
 * tuned on; {@code heldout/} was written before the engine and never tuned on.
 */
class GoldCorpusTest {

    private static final Deidentifier ENGINE = new Deidentifier();

    @Test
    void tuningCorpusMeetsTheRecallAndPrecisionTargets() throws Exception {
        assertMeetsTargets("tuning");
    }

    /**
     * The held-out notes do NOT reach the 0.99 target (first blind run: recall 0.959,
     * precision 1.000; see docs/deidentification.md). This guards the measured level against
     * regressions; it is not a claim that the target is met on unseen text.
     */
    @Test
    void heldOutCorpusStaysAtItsMeasuredRecallAndPrecision() throws Exception {
        Evaluation e = evaluate("heldout");
        assertThat(e.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.95);
        assertThat(e.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.85);
    }

    private static Evaluation evaluate(String part) throws Exception {
        List<GoldDocument> docs = Evaluation.load(gold().resolve(part));
        Evaluation e = Evaluation.run(ENGINE, docs);
        System.out.println(EvaluationReport.table("gold/" + part, e));
        e.misses().forEach(m -> System.out.println("MISS " + m));
        e.falsePositives().forEach(m -> System.out.println("FP   " + m));
        assertThat(docs).isNotEmpty();
        return e;
    }

    private static void assertMeetsTargets(String part) throws Exception {
        Evaluation e = evaluate(part);
        assertThat(e.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
        assertThat(e.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.85);
        for (Map.Entry<PhiCategory, CategoryScore> c : e.byCategory().entrySet()) {
            assertThat(c.getValue().recall()).as("recall of " + c.getKey()).isGreaterThanOrEqualTo(0.98);
        }
    }

    static Path gold() throws URISyntaxException {
        return Path.of(GoldCorpusTest.class.getResource("/deid/gold").toURI());
    }
}
