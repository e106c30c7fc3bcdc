package io.codeledger.app.wiring;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.encounter.CodeSuggestion;
import io.codeledger.codeset.CodeEntry;
import io.codeledger.codeset.CodeSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the model's ranked codes into codes a coder can report. The model is trained on CodiEsp,
 * whose gold standard also uses categories ({@code R05}); a category with children is not billable,
 * so it becomes its "unspecified" subcode when the code set has exactly that ({@code R05.9}), and is
 * dropped otherwise. Duplicates keep their best confidence and all their evidence.
 */
final class BillableSuggestions {

    private final CodeSet codes;

    BillableSuggestions(CodeSet codes) {
        this.codes = codes;
    }

    List<CodeSuggestion> of(List<CodeSuggestion> ranked) {
        Map<IcdCode, CodeSuggestion> kept = new LinkedHashMap<>();
        for (CodeSuggestion suggestion : ranked) {
            billable(suggestion.code())
                    .ifPresent(code -> kept.merge(
                            code,
                            new CodeSuggestion(code, suggestion.confidence(), suggestion.evidence()),
                            (a, b) -> new CodeSuggestion(code, Math.max(a.confidence(), b.confidence()), merge(a, b))));
        }
        return kept.values().stream()
                .sorted(Comparator.comparingDouble(CodeSuggestion::confidence).reversed())
                .toList();
    }

    Optional<IcdCode> billable(IcdCode code) {
        Optional<CodeEntry> entry = codes.lookup(code);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (entry.get().billable()) {
            return Optional.of(entry.get().code());
        }
        String prefix = code.value().replace(".", "");
        return codes.entries().stream()
                .filter(e -> e.billable() && e.code().system() == code.system())
                .filter(e -> e.code().value().replace(".", "").startsWith(prefix))
                .filter(e -> e.description().toLowerCase(Locale.ROOT).contains("unspecified"))
                .min(Comparator.comparingInt((CodeEntry e) -> e.code().value().length())
                        .thenComparing(e -> e.code().value()))
                .map(CodeEntry::code);
    }

    private static List<io.codeledger.api.encounter.EvidenceSpan> merge(CodeSuggestion a, CodeSuggestion b) {
        List<io.codeledger.api.encounter.EvidenceSpan> spans = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(s -> !spans.contains(s)).forEach(spans::add);
        return spans;
    }
}
