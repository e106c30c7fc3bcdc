package io.codeledger.model.index;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes and reads lexicons as gzipped TSV, sorted so the bytes depend only on the content:
 * {@code L name docCount codeCount}, then {@code C system code docs} per code (its line number is
 * its id), then {@code G gram docs id:count,...} per gram; and, for the neighbour index, one
 * {@code N codeIds grams} line per training note (code ids of the first lexicon; only grams the
 * first lexicon keeps, joined by {@code |}).
 */
public final class LexiconCodec {

    private LexiconCodec() {}

    /** The lexicons and the training notes' neighbour entries. */
    public record Contents(
            Map<String, Lexicon> lexicons, List<int[]> noteCodes, List<java.util.Set<String>> noteGrams) {}

    /** The named lexicons, in the given order, and the notes, as gzipped TSV bytes. */
    public static byte[] write(Contents contents) {
        Map<String, Lexicon> lexicons = contents.lexicons();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Lexicon> named : lexicons.entrySet()) {
                Lexicon lexicon = named.getValue();
                out.write("L\t" + named.getKey() + "\t" + lexicon.docCount() + "\t"
                        + lexicon.codes().size() + "\n");
                for (int i = 0; i < lexicon.codes().size(); i++) {
                    IcdCode code = lexicon.codes().get(i);
                    out.write("C\t" + code.system() + "\t" + code.value() + "\t" + lexicon.codeDocs(i) + "\n");
                }
                List<String> keys = new ArrayList<>(lexicon.gramKeys());
                keys.sort(null);
                for (String key : keys) {
                    Lexicon.Entry entry = lexicon.entry(key);
                    StringBuilder line = new StringBuilder("G\t")
                            .append(key)
                            .append('\t')
                            .append(entry.docs())
                            .append('\t');
                    for (int k = 0; k < entry.codeIds().length; k++) {
                        line.append(k == 0 ? "" : ",")
                                .append(entry.codeIds()[k])
                                .append(':')
                                .append(entry.counts()[k]);
                    }
                    out.write(line.append('\n').toString());
                }
            }
            for (int n = 0; n < contents.noteCodes().size(); n++) {
                StringBuilder line = new StringBuilder("N\t");
                int[] codes = contents.noteCodes().get(n);
                for (int k = 0; k < codes.length; k++) {
                    line.append(k == 0 ? "" : ",").append(codes[k]);
                }
                line.append('\t')
                        .append(String.join(
                                "|",
                                new java.util.TreeSet<>(contents.noteGrams().get(n))));
                out.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the lexicon", e);
        }
        return bytes.toByteArray();
    }

    /** The lexicons in {@code bytes}, by name. */
    public static Contents read(byte[] bytes) {
        Map<String, Lexicon> lexicons = new HashMap<>();
        List<int[]> noteCodes = new ArrayList<>();
        List<java.util.Set<String>> noteGrams = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16), StandardCharsets.UTF_8))) {
            String name = null;
            int docs = 0;
            List<IcdCode> codes = new ArrayList<>();
            List<Integer> codeDocs = new ArrayList<>();
            Map<String, Lexicon.Entry> grams = new HashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                switch (cols[0]) {
                    case "L" -> {
                        if (name != null) {
                            lexicons.put(name, lexicon(docs, codes, codeDocs, grams));
                        }
                        name = cols[1];
                        docs = Integer.parseInt(cols[2]);
                        codes = new ArrayList<>();
                        codeDocs = new ArrayList<>();
                        grams = new HashMap<>();
                    }
                    case "C" -> {
                        codes.add(new IcdCode(CodeSystem.valueOf(cols[1]), cols[2]));
                        codeDocs.add(Integer.parseInt(cols[3]));
                    }
                    case "G" -> grams.put(cols[1], entry(cols));
                    case "N" -> {
                        noteCodes.add(
                                cols[1].isEmpty()
                                        ? new int[0]
                                        : java.util.Arrays.stream(cols[1].split(","))
                                                .mapToInt(Integer::parseInt)
                                                .toArray());
                        noteGrams.add(cols[2].isEmpty() ? java.util.Set.of() : java.util.Set.of(cols[2].split("\\|")));
                    }
                    default -> throw new IllegalStateException("unexpected line kind in lexicon: " + cols[0]);
                }
            }
            if (name != null && !lexicons.containsKey(name)) {
                lexicons.put(name, lexicon(docs, codes, codeDocs, grams));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon", e);
        }
        return new Contents(lexicons, noteCodes, noteGrams);
    }

    private static Lexicon lexicon(
            int docs, List<IcdCode> codes, List<Integer> codeDocs, Map<String, Lexicon.Entry> grams) {
        return new Lexicon(
                docs, codes, codeDocs.stream().mapToInt(Integer::intValue).toArray(), grams);
    }

    private static Lexicon.Entry entry(String[] cols) {
        String[] pairs = cols[3].isEmpty() ? new String[0] : cols[3].split(",");
        int[] ids = new int[pairs.length];
        int[] counts = new int[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            int colon = pairs[k].indexOf(':');
            ids[k] = Integer.parseInt(pairs[k], 0, colon, 10);
            counts[k] = Integer.parseInt(pairs[k], colon + 1, pairs[k].length(), 10);
        }
        return new Lexicon.Entry(Integer.parseInt(cols[2]), ids, counts);
    }
}
