package io.codeledger.codeset;

import io.codeledger.api.coding.IcdCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excludes1 notes by the code they are written under. A note names what it excludes in
 * parentheses: single codes ({@code A18.32}), open codes ({@code A05.-}, meaning the category and
 * everything under it) and ranges ({@code A04.0-A04.4}, {@code A15-A19}). A note at a category
 * applies to every code beneath it.
 */
final class Excludes1Index {

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ITEM = Pattern.compile(
            "^([A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?)(?:\\.?-)?(?:-([A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?)(?:\\.?-)?)?$");

    private record Note(String text, List<Range> ranges) {}

    private record Range(String low, String high) {
        boolean covers(String bareCode) {
            return truncate(bareCode, low.length()).compareTo(low) >= 0
                    && truncate(bareCode, high.length()).compareTo(high) <= 0;
        }

        private static String truncate(String code, int length) {
            return code.length() <= length ? code : code.substring(0, length);
        }
    }

    private final Map<String, List<Note>> notesByCode = new HashMap<>();

    void add(String bareCode, String noteText) {
        List<Range> ranges = new ArrayList<>();
        Matcher groups = PARENTHESES.matcher(noteText);
        while (groups.find()) {
            for (String item : groups.group(1).split(",")) {
                Matcher m = ITEM.matcher(item.strip().toUpperCase());
                if (m.matches()) {
                    String low = m.group(1).replace(".", "");
                    String high = m.group(2) == null ? low : m.group(2).replace(".", "");
                    ranges.add(new Range(low, high));
                }
            }
        }
        if (!ranges.isEmpty()) {
            notesByCode.computeIfAbsent(bareCode, c -> new ArrayList<>()).add(new Note(noteText, ranges));
        }
    }

    /** A conflict where {@code excluding} (or an ancestor) has an Excludes1 note covering {@code excluded}. */
    Optional<Excludes1Conflict> conflict(IcdCode excluding, IcdCode excluded) {
        String a = BundledCodeSet.bare(excluding);
        String b = BundledCodeSet.bare(excluded);
        for (int len = a.length(); len >= 3; len--) {
            String at = a.substring(0, len);
            for (Note note : notesByCode.getOrDefault(at, List.of())) {
                for (Range range : note.ranges()) {
                    if (range.covers(b) && !range.covers(a)) {
                        return Optional.of(new Excludes1Conflict(
                                excluding, excluded, IcdCode.cm(at).value(), note.text()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
