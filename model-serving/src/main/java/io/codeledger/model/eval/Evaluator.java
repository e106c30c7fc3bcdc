package io.codeledger.model.eval;

import io.codeledger.api.coding.IcdCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes ranking and classification metrics for one code system from gold code sets and ranked
 * predictions, note by note. Codes are compared in canonical form ({@link IcdCode}), so case and
 * dots never matter. Also chooses the threshold that maximises micro-F1 on data it may be tuned on.
 */
public final class Evaluator {

    private Evaluator() {}

    /** Metrics for the notes' gold sets and ranked lists (same order), counting codes at or above {@code threshold}. */
    public static SystemMetrics evaluate(List<Set<IcdCode>> gold, List<List<RankedCode>> ranked, double threshold) {
        if (gold.size() != ranked.size()) {
            throw new IllegalArgumentException("gold and predictions cover different numbers of notes");
        }
        double apSum = 0;
        double p5Sum = 0;
        double r5Sum = 0;
        int withGold = 0;
        int goldCodes = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<IcdCode> truth = gold.get(i);
            List<IcdCode> list = distinctRanked(ranked.get(i));
            goldCodes += truth.size();
            if (!truth.isEmpty()) {
                withGold++;
                apSum += averagePrecision(truth, list);
                int hits5 = hits(truth, list, 5);
                p5Sum += hits5 / 5.0;
                r5Sum += hits5 / (double) truth.size();
            }
            Set<IcdCode> predicted = new HashSet<>();
            for (RankedCode r : ranked.get(i)) {
                if (r.score() >= threshold) {
                    predicted.add(r.code());
                }
            }
            for (IcdCode code : predicted) {
                if (truth.contains(code)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += truth.stream().filter(c -> !predicted.contains(c)).count();
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new SystemMetrics(
                gold.size(),
                goldCodes,
                withGold == 0 ? 0 : apSum / withGold,
                threshold,
                precision,
                recall,
                f1,
                withGold == 0 ? 0 : p5Sum / withGold,
                withGold == 0 ? 0 : r5Sum / withGold);
    }

    /** Average precision of one ranked list: the mean, over gold codes, of precision at the rank each is found (0 if never). */
    public static double averagePrecision(Set<IcdCode> gold, List<IcdCode> ranked) {
        if (gold.isEmpty()) {
            return 0;
        }
        int hits = 0;
        double sum = 0;
        for (int k = 0; k < ranked.size(); k++) {
            if (gold.contains(ranked.get(k))) {
                hits++;
                sum += hits / (double) (k + 1);
            }
        }
        return sum / gold.size();
    }

    /** The threshold among the predicted scores that gives the best micro-F1 on these notes. */
    public static double bestThreshold(List<Set<IcdCode>> gold, List<List<RankedCode>> ranked) {
        record Scored(double score, boolean correct) {}
        List<Scored> all = new ArrayList<>();
        long goldTotal = 0;
        for (int i = 0; i < gold.size(); i++) {
            goldTotal += gold.get(i).size();
            for (IcdCode code : distinctRanked(ranked.get(i))) {
                double score = ranked.get(i).stream()
                        .filter(r -> r.code().equals(code))
                        .mapToDouble(RankedCode::score)
                        .max()
                        .orElse(0);
                all.add(new Scored(score, gold.get(i).contains(code)));
            }
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed());
        double best = 0.5;
        double bestF1 = -1;
        long tp = 0;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).correct()) {
                tp++;
            }
            boolean boundary =
                    k + 1 == all.size() || all.get(k + 1).score() < all.get(k).score();
            double f1 = 2.0 * tp / (k + 1 + goldTotal);
            if (boundary && f1 > bestF1) {
                bestF1 = f1;
                best = all.get(k).score();
            }
        }
        return best;
    }

    private static List<IcdCode> distinctRanked(List<RankedCode> ranked) {
        List<RankedCode> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingDouble(RankedCode::score).reversed());
        List<IcdCode> out = new ArrayList<>();
        Set<IcdCode> seen = new HashSet<>();
        for (RankedCode r : sorted) {
            if (seen.add(r.code())) {
                out.add(r.code());
            }
        }
        return out;
    }

    private static int hits(Set<IcdCode> gold, List<IcdCode> ranked, int k) {
        int n = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gold.contains(ranked.get(i))) {
                n++;
            }
        }
        return n;
    }
}
