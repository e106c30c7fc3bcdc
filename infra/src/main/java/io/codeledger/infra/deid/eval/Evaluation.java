package io.codeledger.infra.deid.eval;

import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.PhiSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the engine against gold documents, per category and overall (see {@link CategoryScore}
 * for the definitions). Also lists the misses and false positives of each document, by category and
 * offset, for whoever tunes the rules.
 */
public final class Evaluation {

    private final Map<PhiCategory, CategoryScore> scores = new EnumMap<>(PhiCategory.class);
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();
    private int documents;

    /** Loads every {@code *.txt} file under {@code dir} (recursively) as a gold document. */
    public static List<GoldDocument> load(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> paths =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<GoldDocument> docs = new ArrayList<>();
            for (Path p : paths) {
                docs.add(GoldDocument.parse(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return docs;
        }
    }

    /** Evaluates {@code engine} on {@code docs}. */
    public static Evaluation run(Deidentifier engine, List<GoldDocument> docs) {
        Evaluation e = new Evaluation();
        for (GoldDocument doc : docs) {
            e.add(doc, engine.detect(doc.text()));
        }
        return e;
    }

    void add(GoldDocument doc, List<PhiSpan> predicted) {
        documents++;
        String text = doc.text();
        for (PhiSpan g : doc.spans()) {
            boolean covered = covered(text, g, predicted, null);
            boolean typed = covered && covered(text, g, predicted, g.type());
            merge(g.type(), new CategoryScore(1, covered ? 1 : 0, typed ? 1 : 0, 0, 0));
            if (!covered) {
                misses.add(doc.name() + " " + g.type() + " @" + g.start() + " '" + text.substring(g.start(), g.end())
                        + "'");
            }
        }
        for (PhiSpan p : predicted) {
            boolean correct = doc.spans().stream().anyMatch(p::overlaps);
            merge(p.type(), new CategoryScore(0, 0, 0, 1, correct ? 1 : 0));
            if (!correct) {
                falsePositives.add(doc.name() + " " + p.type() + " @" + p.start() + " '"
                        + text.substring(p.start(), p.end()) + "'");
            }
        }
    }

    private static boolean covered(String text, PhiSpan gold, List<PhiSpan> predicted, PhiCategory type) {
        for (int i = gold.start(); i < gold.end(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            int at = i;
            if (predicted.stream()
                    .noneMatch(p -> p.start() <= at && at < p.end() && (type == null || p.type() == type))) {
                return false;
            }
        }
        return true;
    }

    private void merge(PhiCategory category, CategoryScore score) {
        scores.merge(category, score, CategoryScore::plus);
    }

    public Map<PhiCategory, CategoryScore> byCategory() {
        return scores;
    }

    public CategoryScore overall() {
        return scores.values().stream().reduce(CategoryScore.EMPTY, CategoryScore::plus);
    }

    public int documents() {
        return documents;
    }

    /** Gold spans not fully removed, as "document CATEGORY @offset 'text'": test diagnostics only. */
    public List<String> misses() {
        return misses;
    }

    /** Predicted spans overlapping no gold span, same format: test diagnostics only. */
    public List<String> falsePositives() {
        return falsePositives;
    }
}
