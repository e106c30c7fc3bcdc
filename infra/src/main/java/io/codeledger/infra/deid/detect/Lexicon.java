package io.codeledger.infra.deid.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dictionaries the detectors consult, loaded once from {@code /deid/} on the classpath: US
 * Census first names and surnames, US cities (from the ZIP list), common English words, ICD-10 and
 * other clinical words, eponyms and stop words. Immutable and safe to share between threads; all
 * look-ups take lower-case words.
 */
public final class Lexicon {

    private final Map<String, Integer> firstNames;
    private final Map<String, Integer> surnames;
    private final Set<String> commonWords;
    private final Set<String> clinicalWords;
    private final Set<String> eponyms;
    private final Set<String> eponymContext;
    private final Set<String> stopWords;
    private final Set<String> cities;
    private final Set<String> cityFirstWords;
    private final List<String[]> zipCityState;

    private Lexicon() {
        firstNames = ranked(words("names/first-names.txt"));
        surnames = ranked(words("names/surnames.txt"));
        commonWords = new HashSet<>(words("words/common-words.txt"));
        clinicalWords = new HashSet<>(words("words/icd-terms.txt"));
        clinicalWords.addAll(words("words/clinical-terms.txt"));
        eponyms = new HashSet<>(words("words/eponyms.txt"));
        eponymContext = new HashSet<>(words("words/eponym-context.txt"));
        stopWords = new HashSet<>(words("words/stopwords.txt"));
        zipCityState = new ArrayList<>();
        cities = new HashSet<>();
        cityFirstWords = new HashSet<>();
        for (String line : lines("places/us-zip-city-state.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && !cols[0].equals("zip")) {
                zipCityState.add(cols);
                String city = cols[1].toLowerCase(Locale.ROOT);
                cities.add(city);
                cityFirstWords.add(city.split(" ")[0]);
            }
        }
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The shared instance; the first call loads the dictionaries (a few hundred milliseconds). */
    public static Lexicon shared() {
        return Holder.INSTANCE;
    }

    public boolean isFirstName(String w) {
        return firstNames.containsKey(w);
    }

    public boolean isSurname(String w) {
        return surnames.containsKey(w);
    }

    /** Census frequency rank of a surname, 1 = most frequent; {@code Integer.MAX_VALUE} if absent. */
    public int surnameRank(String w) {
        return surnames.getOrDefault(w, Integer.MAX_VALUE);
    }

    public boolean isName(String w) {
        return firstNames.containsKey(w) || surnames.containsKey(w);
    }

    public boolean isCommonWord(String w) {
        return commonWords.contains(w) || commonWords.contains(singular(w));
    }

    public boolean isClinical(String w) {
        return clinicalWords.contains(w) || clinicalWords.contains(singular(w));
    }

    public boolean isEponym(String w) {
        return eponyms.contains(w) || eponyms.contains(stripPossessive(w));
    }

    public boolean isEponymContext(String w) {
        return eponymContext.contains(w);
    }

    public boolean isStopWord(String w) {
        return stopWords.contains(w);
    }

    /** Whether {@code w} (one or more words, lower case) is a US city or town name. */
    public boolean isCity(String w) {
        return cities.contains(w);
    }

    /** Whether some city name starts with the word {@code w}: a cheap filter before multi-word look-ups. */
    public boolean startsCity(String w) {
        return cityFirstWords.contains(w);
    }

    /** First names in frequency order, for surrogates. */
    public List<String> firstNamesByFrequency() {
        return Collections.unmodifiableList(new ArrayList<>(firstNames.keySet()));
    }

    /** Rows of {@code zip, city, state}, for surrogates. */
    public List<String[]> zipCityState() {
        return Collections.unmodifiableList(zipCityState);
    }

    /** Surnames in frequency order, for surrogates. */
    public List<String> surnamesByFrequency() {
        return Collections.unmodifiableList(new ArrayList<>(surnames.keySet()));
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    private static Map<String, Integer> ranked(List<String> words) {
        Map<String, Integer> ranks = new java.util.LinkedHashMap<>(words.size() * 2);
        for (String w : words) {
            ranks.putIfAbsent(w, ranks.size() + 1);
        }
        return ranks;
    }

    private static List<String> words(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        String path = "/deid/" + resource;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("CL-DEID-010: missing dictionary resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("CL-DEID-011: cannot read dictionary resource " + path, e);
        }
    }
}
