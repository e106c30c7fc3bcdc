package io.codeledger.model.training;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Manual diagnostics: per dev note, gold D codes with their rank, and the top false positives. */
final class DevMisses {

    public static void main(String[] args) {
        var codeSet = BundledCodeSet.load();
        var suggester = OnnxCodeSuggester.load(Path.of(args[1]));
        Set<String> seen = new HashSet<>(suggester.metadata().codes());
        int n = 0;
        for (var doc : CodiespCorpus.read(Path.of(args[0]), "dev")) {
            if (n++ % 25 != 0) {
                continue;
            }
            var ranked = suggester.rank(doc.text(), io.codeledger.model.index.MentionPolicy.CODIESP_ANNOTATION).stream()
                    .filter(r -> r.code().system() == CodeSystem.ICD10CM)
                    .toList();
            System.out.println("== " + doc.id());
            for (IcdCode g : doc.diagnoses()) {
                int rank = -1;
                for (int i = 0; i < ranked.size(); i++) {
                    if (ranked.get(i).code().equals(g)) {
                        rank = i;
                    }
                }
                String desc = codeSet.lookup(g).map(e -> e.description()).orElse("?");
                System.out.printf(
                        "  gold %-8s rank %4d seen=%s %s%n", g, rank, seen.contains("ICD10CM:" + g.value()), desc);
            }
            for (int i = 0; i < Math.min(8, ranked.size()); i++) {
                var r = ranked.get(i);
                if (!doc.diagnoses().contains(r.code())) {
                    System.out.printf(
                            "  FP   %-8s rank %4d %.3f %s%n",
                            r.code(),
                            i,
                            r.score(),
                            codeSet.lookup(r.code()).map(e -> e.description()).orElse("?"));
                }
            }
        }
    }
}
