package io.codeledger.codeset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An inverted word index over code descriptions and inclusion terms. */
final class DescriptionIndex {

    private final List<CodeEntry> entries;
    private final Map<String, int[]> postings;

    DescriptionIndex(List<CodeEntry> entries) {
        this.entries = entries;
        Map<String, List<Integer>> building = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CodeEntry entry = entries.get(i);
            Set<String> words = new LinkedHashSet<>(words(entry.description()));
            entry.inclusionTerms().forEach(term -> words.addAll(words(term)));
            for (String word : words) {
                building.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        this.postings = new HashMap<>(building.size() * 2);
        building.forEach((word, ids) ->
                postings.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (token.length() >= 2) {
                words.add(token);
            }
        }
        return words;
    }

    List<CodeEntry> search(String text, int limit) {
        List<String> query = words(text);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        int[] hits = null;
        for (String word : query) {
            int[] ids = postings.get(word);
            if (ids == null) {
                return List.of();
            }
            hits = hits == null ? ids : intersect(hits, ids);
        }
        List<CodeEntry> found = new ArrayList<>(hits.length);
        for (int id : hits) {
            found.add(entries.get(id));
        }
        found.sort(Comparator.comparingInt((CodeEntry e) -> e.description().length())
                .thenComparing(e -> e.code().value()));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
