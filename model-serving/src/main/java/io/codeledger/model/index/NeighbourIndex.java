package io.codeledger.model.index;

import io.codeledger.api.coding.IcdCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nearest training notes by TF-IDF cosine over the lexicon's n-grams: a code's neighbour score is
 * the similarity-weighted share of the {@value #K} nearest notes that carry it. Only n-grams kept
 * in the lexicon (seen in several notes) are indexed, so no note's rare strings are stored.
 */
public final class NeighbourIndex {

    static final int K = 20;

    private final List<int[]> noteCodes;
    private final List<Set<String>> noteGrams;
    private final Map<String, int[]> postings;
    private final float[] norms;
    private final Lexicon lexicon;

    /** @param noteGrams each training note's gram keys; @param noteCodes each note's code ids in {@code lexicon} */
    public NeighbourIndex(Lexicon lexicon, List<Set<String>> noteGrams, List<int[]> noteCodes) {
        this.lexicon = lexicon;
        this.noteCodes = List.copyOf(noteCodes);
        this.noteGrams = List.copyOf(noteGrams);
        Map<String, List<Integer>> building = new HashMap<>();
        norms = new float[noteGrams.size()];
        for (int n = 0; n < noteGrams.size(); n++) {
            double sum = 0;
            for (String key : noteGrams.get(n)) {
                double w = idf(key);
                if (w > 0) {
                    building.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                    sum += w * w;
                }
            }
            norms[n] = (float) Math.sqrt(sum);
        }
        postings = new HashMap<>();
        building.forEach(
                (k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private double idf(String key) {
        Lexicon.Entry entry = lexicon.entry(key);
        return entry == null ? 0 : Math.log((lexicon.docCount() + 1.0) / entry.docs());
    }

    public List<int[]> noteCodes() {
        return noteCodes;
    }

    public List<Set<String>> noteGrams() {
        return noteGrams;
    }

    /** Neighbour score per code for a note with these gram keys. */
    public Map<IcdCode, Float> scores(Set<String> keys) {
        double[] dot = new double[norms.length];
        double queryNorm = 0;
        for (String key : keys) {
            int[] notes = postings.get(key);
            if (notes == null) {
                continue;
            }
            double w = idf(key);
            queryNorm += w * w;
            for (int n : notes) {
                dot[n] += w * w;
            }
        }
        Map<IcdCode, Float> scores = new HashMap<>();
        if (queryNorm == 0) {
            return scores;
        }
        Integer[] order = new Integer[norms.length];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
            dot[n] = norms[n] == 0 ? 0 : dot[n] / (norms[n] * Math.sqrt(queryNorm));
        }
        Arrays.sort(order, (a, b) -> dot[a] != dot[b] ? Double.compare(dot[b], dot[a]) : Integer.compare(a, b));
        double total = 0;
        for (int i = 0; i < Math.min(K, order.length); i++) {
            total += dot[order[i]];
        }
        if (total == 0) {
            return scores;
        }
        for (int i = 0; i < Math.min(K, order.length); i++) {
            float share = (float) (dot[order[i]] / total);
            for (int code : noteCodes.get(order[i])) {
                scores.merge(lexicon.codes().get(code), share, Float::sum);
            }
        }
        return scores;
    }
}
