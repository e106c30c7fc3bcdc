package io.codeledger.infra.deid.eval;

import io.codeledger.infra.deid.PhiCategory;
import java.util.Locale;

/** Formats an {@link Evaluation} as a fixed-width table: one row per category, then overall. */
public final class EvaluationReport {

    private EvaluationReport() {}

    public static String table(String title, Evaluation e) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(" (").append(e.documents()).append(" documents)\n");
        out.append(String.format(
                Locale.ROOT,
                "%-12s %6s %6s %8s %8s %10s %9s%n",
                "category",
                "gold",
                "found",
                "recall",
                "typed",
                "predicted",
                "precision"));
        for (PhiCategory c : PhiCategory.values()) {
            CategoryScore s = e.byCategory().get(c);
            if (s != null) {
                out.append(row(c.name(), s));
            }
        }
        out.append(row("OVERALL", e.overall()));
        return out.toString();
    }

    private static String row(String name, CategoryScore s) {
        return String.format(
                Locale.ROOT,
                "%-12s %6d %6d %8.3f %8.3f %10d %9.3f%n",
                name,
                s.gold(),
                s.found(),
                s.recall(),
                s.typedRecall(),
                s.predicted(),
                s.precision());
    }
}
