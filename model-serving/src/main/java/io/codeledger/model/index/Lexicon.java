package io.codeledger.model.index;

import io.codeledger.api.coding.IcdCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the training notes taught about words and codes: for each n-gram, in how many notes it
 * occurs and how many of those carry each code. {@code P(code | gram)} estimated from these counts
 * is the main signal of the model. Only n-grams seen in at least {@code minDocs} notes are kept,
 * which also keeps rare strings of the training text out of the shipped model.
 */
public final class Lexicon {

    /** One n-gram's counts: notes containing it, and per code (by id) the notes that also carry the code. */
    public record Entry(int docs, int[] codeIds, int[] counts) {}

    private final int docCount;
    private final List<IcdCode> codes;
    private final int[] codeDocs;
    private final Map<String, Entry> grams;
    private final Map<IcdCode, Integer> ids = new HashMap<>();

    public Lexicon(int docCount, List<IcdCode> codes, int[] codeDocs, Map<String, Entry> grams) {
        this.docCount = docCount;
        this.codes = List.copyOf(codes);
        this.codeDocs = codeDocs.clone();
        this.grams = grams;
        for (int i = 0; i < this.codes.size(); i++) {
            ids.put(this.codes.get(i), i);
        }
    }

    /** One training note as the lexicon sees it: its distinct gram keys and its codes. */
    public record Observation(Set<String> gramKeys, Set<IcdCode> codes) {}

    /**
     * Counts grams and codes over the observations; codes are mapped by {@code codeKey} first (the
     * identity, or the code's category).
     */
    public static Lexicon build(List<Observation> observations, Function<IcdCode, IcdCode> codeKey, int minDocs) {
        TreeSet<IcdCode> codeSet = new TreeSet<>(Lexicon::compare);
        observations.forEach(o -> o.codes().forEach(c -> codeSet.add(codeKey.apply(c))));
        List<IcdCode> codes = new ArrayList<>(codeSet);
        Map<IcdCode, Integer> ids = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            ids.put(codes.get(i), i);
        }
        int[] codeDocs = new int[codes.size()];
        Map<String, Integer> docs = new HashMap<>();
        Map<String, TreeMap<Integer, Integer>> pairs = new HashMap<>();
        for (Observation o : observations) {
            TreeSet<Integer> codeIds = new TreeSet<>();
            o.codes().forEach(c -> codeIds.add(ids.get(codeKey.apply(c))));
            codeIds.forEach(id -> codeDocs[id]++);
            for (String key : o.gramKeys()) {
                docs.merge(key, 1, Integer::sum);
                TreeMap<Integer, Integer> counts = pairs.computeIfAbsent(key, k -> new TreeMap<>());
                codeIds.forEach(id -> counts.merge(id, 1, Integer::sum));
            }
        }
        Map<String, Entry> grams = new HashMap<>();
        docs.forEach((key, df) -> {
            if (df >= minDocs) {
                TreeMap<Integer, Integer> counts = pairs.get(key);
                int[] codeIds =
                        counts.keySet().stream().mapToInt(Integer::intValue).toArray();
                int[] values =
                        counts.values().stream().mapToInt(Integer::intValue).toArray();
                grams.put(key, new Entry(df, codeIds, values));
            }
        });
        return new Lexicon(observations.size(), codes, codeDocs, grams);
    }

    static int compare(IcdCode a, IcdCode b) {
        int bySystem = a.system().compareTo(b.system());
        return bySystem != 0 ? bySystem : a.value().compareTo(b.value());
    }

    public int docCount() {
        return docCount;
    }

    public List<IcdCode> codes() {
        return codes;
    }

    public int codeDocs(int codeId) {
        return codeDocs[codeId];
    }

    /** The id of a code, or -1 when training never saw it. */
    public int id(IcdCode code) {
        Integer id = ids.get(code);
        return id == null ? -1 : id;
    }

    public Entry entry(String gramKey) {
        return grams.get(gramKey);
    }

    /** Every gram key, for serialisation (callers sort). */
    public Collection<String> gramKeys() {
        return grams.keySet();
    }

    public int size() {
        return grams.size();
    }
}
