package io.codeledger.model.index;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeEntry;
import io.codeledger.model.text.TextAnalyser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds codes whose description or inclusion term is fully stated in one sentence of a note. Each
 * phrase is reduced to its meaningful words (no "unspecified", nothing after "without", no
 * encounter qualifiers) and indexed under its rarest word, so matching a note touches only
 * phrases that can match. This is how codes never seen in training can still be suggested.
 */
public final class DescriptionMatcher {

    private static final Pattern CUT = Pattern.compile(
            "\\b(without|not elsewhere classified|initial encounter|subsequent encounter|sequela)\\b.*$");
    private static final Set<String> GENERIC = Set.of(
            "unspecified",
            "other",
            "specified",
            "nos",
            "type",
            "site",
            "part",
            "approach",
            "elsewhere",
            "classified",
            "condition",
            "disease",
            "disorder",
            "due",
            "use",
            "encounter",
            "initial",
            "no",
            "device",
            "qualifier",
            "region",
            "body",
            "multiple",
            "single");

    /** A phrase's code and normalised meaningful words. */
    public record Phrase(IcdCode code, String[] words) {}

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<IcdCode, List<Integer>> byCode = new HashMap<>();
    private final Map<String, int[]> byAnchor = new HashMap<>();
    private final Map<String, Map<String, Integer>> prefixWords = new HashMap<>();
    private final Map<String, Integer> prefixSizes = new HashMap<>();
    private final Map<IcdCode, Set<String>> vocabularies = new java.util.concurrent.ConcurrentHashMap<>();

    public DescriptionMatcher(List<CodeEntry> entries) {
        Map<String, Integer> wordFrequency = new HashMap<>();
        for (CodeEntry entry : entries) {
            List<String> texts = new ArrayList<>();
            texts.add(entry.description());
            texts.addAll(entry.inclusionTerms());
            for (String text : texts) {
                String[] words = words(text);
                if (words.length == 0) {
                    continue;
                }
                if (entry.code().system() == io.codeledger.api.coding.CodeSystem.ICD10PCS && text == texts.get(0)) {
                    countPrefixWords(entry.code().value(), words);
                }
                byCode.computeIfAbsent(entry.code(), c -> new ArrayList<>()).add(phrases.size());
                phrases.add(new Phrase(entry.code(), words));
                for (String w : words) {
                    wordFrequency.merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, List<Integer>> anchors = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String anchor = null;
            for (String w : phrases.get(i).words()) {
                if (anchor == null || wordFrequency.get(w) < wordFrequency.get(anchor)) {
                    anchor = w;
                }
            }
            anchors.computeIfAbsent(anchor, a -> new ArrayList<>()).add(i);
        }
        anchors.forEach((w, ids) ->
                byAnchor.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void countPrefixWords(String code, String[] words) {
        for (int len = 3; len < code.length(); len++) {
            String prefix = code.substring(0, len);
            prefixSizes.merge(prefix, 1, Integer::sum);
            Map<String, Integer> counts = prefixWords.computeIfAbsent(prefix, p -> new HashMap<>());
            for (String w : words) {
                counts.merge(w, 1, Integer::sum);
            }
        }
    }

    /**
     * The words that name a code: those of its description and inclusion terms or, for a PCS code
     * shorter than seven characters, the words at least half of its full codes' descriptions share.
     */
    public Set<String> vocabulary(IcdCode code) {
        return vocabularies.computeIfAbsent(code, c -> {
            Set<String> words = new java.util.HashSet<>();
            for (int id : phrasesOf(c)) {
                words.addAll(List.of(phrases.get(id).words()));
            }
            if (words.isEmpty() && prefixWords.containsKey(c.value())) {
                int size = prefixSizes.get(c.value());
                prefixWords.get(c.value()).forEach((w, n) -> {
                    if (2 * n >= size) {
                        words.add(w);
                    }
                });
            }
            return Set.copyOf(words);
        });
    }

    /** A phrase's meaningful, normalised words (deduplicated, in order). */
    static String[] words(String description) {
        String lower = CUT.matcher(TextAnalyser.foldDescription(description)).replaceAll("");
        Set<String> words = new LinkedHashSet<>();
        for (String raw : lower.split("[^a-z0-9]+")) {
            if (!raw.isEmpty() && TextAnalyser.isContent(raw) && !GENERIC.contains(raw)) {
                words.add(TextAnalyser.normalise(raw));
            }
        }
        return words.toArray(String[]::new);
    }

    /** Ids of phrases whose every word is in {@code sentenceWords}. */
    public List<Integer> fullMatches(Set<String> sentenceWords) {
        List<Integer> found = new ArrayList<>();
        for (String w : sentenceWords) {
            int[] ids = byAnchor.get(w);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (coverage(phrases.get(id), sentenceWords) == phrases.get(id).words().length) {
                    found.add(id);
                }
            }
        }
        return found;
    }

    /** How many of the phrase's words are in {@code words}. */
    public static int coverage(Phrase phrase, Set<String> words) {
        int n = 0;
        for (String w : phrase.words()) {
            if (words.contains(w)) {
                n++;
            }
        }
        return n;
    }

    public Phrase phrase(int id) {
        return phrases.get(id);
    }

    /** Ids of the phrases (description and inclusion terms) of a code; empty when the code set lacks it. */
    public List<Integer> phrasesOf(IcdCode code) {
        return byCode.getOrDefault(code, List.of());
    }
}
