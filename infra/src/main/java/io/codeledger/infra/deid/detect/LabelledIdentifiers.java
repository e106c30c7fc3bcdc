package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Identifiers announced by a label ({@code MRN:}, {@code member ID}, {@code VIN}, {@code serial
 * no.}, ...; the table is {@code /deid/labels.tsv}): the value after the label is tagged with the
 * label's category. A value must contain a digit; a label may be followed by up to three words and a
 * colon before its value ({@code Voiceprint for phone verification: VP88213}).
 */
public final class LabelledIdentifiers implements Detector {

    private static final Pattern FILLER =
            Pattern.compile("(?i)\\G(?:[\\s:#=.\\-]|\\b(?:no|num|nbr|number|id|ref|code|is|was|of)\\b\\.?)*");
    private static final Pattern WORDS_THEN_COLON =
            Pattern.compile("\\G(?:[A-Za-z'/-]+[ \\t]+){0,3}[A-Za-z'/-]+[ \\t]*[:#][ \\t]*");
    private static final Pattern VALUE =
            Pattern.compile("\\G(?:[A-Z]{1,4}[ ](?=\\d))?[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
                    + "(?:[ ](?:\\d[A-Z0-9-]{0,9}|[A-Z](?![A-Za-z0-9])))*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern UNIT =
            Pattern.compile("(?i)\\G\\s*(?:mg|mcg|ml|g|kg|%|units?|iu|meq|mmol|mm|cm|hrs?|days?|times|x)\\b");

    private final Pattern labels;
    private final Map<String, PhiCategory> categories;
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    public LabelledIdentifiers() {
        categories = new HashMap<>();
        for (String line : lines()) {
            String[] cols = line.split("\t");
            PhiCategory category = PhiCategory.valueOf(cols[0].trim());
            for (String label : cols[1].split("\\|")) {
                categories.put(normalise(label), category);
                firstWords.add(label.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")[0]);
            }
        }
        String alternation = categories.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(l -> Pattern.quote(l).replace(" ", "\\E[\\s.]*\\Q"))
                .collect(Collectors.joining("|"));
        labels = Pattern.compile("(?i)(?<![\\w/])(?:" + alternation + ")(?![A-Za-z])");
    }

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        Matcher label = labels.matcher(text);
        label.useTransparentBounds(true);
        label.useAnchoringBounds(false);
        Matcher filler = FILLER.matcher(text);
        Matcher words = WORDS_THEN_COLON.matcher(text);
        Matcher value = VALUE.matcher(text);
        Matcher unit = UNIT.matcher(text);
        int from = 0;
        for (Token t : tokens.tokens()) {
            if (t.start() < from || !firstWords.contains(t.lower())) {
                continue;
            }
            label.region(t.start(), text.length());
            if (!label.lookingAt()) {
                continue;
            }
            from = label.end();
            PhiCategory category = categories.get(normalise(label.group()));
            if (category == null) {
                continue;
            }
            int at = filler.find(label.end()) ? filler.end() : label.end();
            int[] found = value(text, value, unit, at);
            if (found == null && words.find(label.end())) {
                found = value(text, value, unit, words.end());
            }
            if (found != null) {
                out.add(new Candidate(found[0], found[1], category, Candidate.LABELLED));
                from = Math.max(from, found[1]);
            }
        }
    }

    private static int[] value(String text, Matcher value, Matcher unit, int at) {
        if (at >= text.length() || !value.find(at)) {
            return null;
        }
        String v = value.group();
        int digits = (int) v.chars().filter(Character::isDigit).count();
        boolean ok = digits >= 3 || (digits >= 1 && v.length() >= 4);
        if (!ok || YEAR.matcher(v).matches() || (unit.find(value.end()) && digits < 6)) {
            return null;
        }
        if (v.contains(".") && digits < 6) {
            return null;
        }
        return new int[] {value.start(), value.end()};
    }

    private static String normalise(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").trim();
    }

    private static List<String> lines() {
        try (InputStream in = LabelledIdentifiers.class.getResourceAsStream("/deid/labels.tsv")) {
            if (in == null) {
                throw new IllegalStateException("CL-DEID-012: missing resource /deid/labels.tsv");
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
            throw new UncheckedIOException("CL-DEID-013: cannot read /deid/labels.tsv", e);
        }
    }
}
