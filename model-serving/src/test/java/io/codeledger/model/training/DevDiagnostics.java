package io.codeledger.model.training;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Manual diagnostics: candidate recall on dev, split by whether training saw the code. */
final class DevDiagnostics {

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        var codeSet = BundledCodeSet.load();
        var suggester = OnnxCodeSuggester.load(Path.of(args[1]));
        Set<String> seen = new HashSet<>(suggester.metadata().codes());
        int[][] counts = new int[2][4];
        for (var doc : CodiespCorpus.read(corpus, "dev")) {
            var ranked = suggester.rank(doc.text(), io.codeledger.model.index.MentionPolicy.CODIESP_ANNOTATION);
            for (CodeSystem s : CodeSystem.values()) {
                for (IcdCode g : doc.gold(s)) {
                    int k = seen.contains(s + ":" + g.value()) ? 0 : 2;
                    counts[s.ordinal()][k]++;
                    if (ranked.stream().anyMatch(r -> r.code().equals(g))) {
                        counts[s.ordinal()][k + 1]++;
                    }
                }
            }
        }
        for (CodeSystem s : CodeSystem.values()) {
            int[] c = counts[s.ordinal()];
            System.out.printf(
                    "%s seen: %d gold, %d candidates (%.3f); unseen: %d gold, %d candidates (%.3f)%n",
                    s, c[0], c[1], c[1] / (double) c[0], c[2], c[3], c[3] / (double) c[2]);
        }
    }
}
