package io.codeledger.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.codeledger.api.coding.IcdCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static RankedCode r(String code, double score) {
        return new RankedCode(IcdCode.cm(code), score);
    }

    @Test
    void averagePrecisionAveragesPrecisionAtEachHitOverAllGoldCodes() {
        // gold {A, C, E}; ranked A x C x x: hits at 1 and 3 -> (1/1 + 2/3) / 3
        Set<IcdCode> gold = Set.of(IcdCode.cm("A01"), IcdCode.cm("C01"), IcdCode.cm("E01"));
        List<IcdCode> ranked = List.of(IcdCode.cm("A01"), IcdCode.cm("B01"), IcdCode.cm("C01"), IcdCode.cm("D01"));
        assertThat(Evaluator.averagePrecision(gold, ranked)).isCloseTo((1 + 2.0 / 3) / 3, within(1e-12));
    }

    @Test
    void mapIsTheMeanOverNotesWithGoldCodesAndIgnoresCaseAndDots() {
        List<Set<IcdCode>> gold = List.of(
                Set.of(IcdCode.cm("n44.8"), IcdCode.cm("r52")), // note 1
                Set.of(IcdCode.cm("I10")), // note 2
                Set.of()); // note 3: no gold, not part of MAP
        List<List<RankedCode>> ranked = List.of(
                List.of(r("R52", 0.9), r("X01", 0.8), r("N448", 0.7)), // AP = (1 + 2/3) / 2
                List.of(r("E11.9", 0.6), r("I10", 0.5)), // AP = 1/2
                List.of(r("R69", 0.4)));
        SystemMetrics m = Evaluator.evaluate(gold, ranked, 0.55);
        assertThat(m.map()).isCloseTo(((1 + 2.0 / 3) / 2 + 0.5) / 2, within(1e-12));
    }

    @Test
    void microF1CountsCodesAtOrAboveTheThresholdOverAllNotes() {
        List<Set<IcdCode>> gold = List.of(Set.of(IcdCode.cm("R52"), IcdCode.cm("N44.8")), Set.of());
        List<List<RankedCode>> ranked =
                List.of(List.of(r("R52", 0.9), r("X01", 0.6), r("N44.8", 0.4)), List.of(r("R69", 0.7)));
        // threshold 0.5: predicted R52 (tp), X01 (fp), R69 (fp); N44.8 missed (fn) -> P = 1/3, R = 1/2
        SystemMetrics m = Evaluator.evaluate(gold, ranked, 0.5);
        assertThat(m.microPrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.microRecall()).isCloseTo(0.5, within(1e-12));
        assertThat(m.microF1()).isCloseTo(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), within(1e-12));
    }

    @Test
    void precisionAndRecallAtFiveLookAtTheFiveBestCodes() {
        List<Set<IcdCode>> gold = List.of(Set.of(IcdCode.cm("A01"), IcdCode.cm("F01"), IcdCode.cm("G01")));
        List<List<RankedCode>> ranked = List.of(
                List.of(r("A01", 0.9), r("B01", 0.8), r("C01", 0.7), r("D01", 0.6), r("E01", 0.5), r("F01", 0.4)));
        SystemMetrics m = Evaluator.evaluate(gold, ranked, 0.5);
        assertThat(m.precisionAt5()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(m.recallAt5()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void bestThresholdIsTheScoreThatMaximisesMicroF1() {
        List<Set<IcdCode>> gold = List.of(Set.of(IcdCode.cm("A01"), IcdCode.cm("B01")));
        List<List<RankedCode>> ranked = List.of(List.of(r("A01", 0.9), r("B01", 0.7), r("C01", 0.6), r("D01", 0.2)));
        assertThat(Evaluator.bestThreshold(gold, ranked)).isEqualTo(0.7);
    }
}
