package io.codeledger.infra.deid.render;

import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.detect.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Realistic replacements for one document. The same original value (compared without case) always
 * gets the same surrogate within the document; name words are mapped one by one, so "John Smith"
 * and a later "Smith" share the surrogate surname. Numbers keep their format with random digits;
 * names come from the Census lists and places from the ZIP list. Not thread-safe: one per document.
 */
final class Surrogates {

    private static final String[] STREETS = {
        "Oak",
        "Maple",
        "Cedar",
        "Pine",
        "Elm",
        "Willow",
        "Birch",
        "Hillside",
        "Lakeview",
        "Meadow",
        "Ridge",
        "Spring",
        "Valley",
        "Park",
        "Church",
        "Mill"
    };

    private final Lexicon lexicon;
    private final long seed;
    private final Map<String, String> assigned = new HashMap<>();

    Surrogates(Lexicon lexicon, long seed) {
        this.lexicon = lexicon;
        this.seed = seed;
    }

    String of(String original, PhiCategory type) {
        return switch (type) {
            case NAME -> name(original);
            case LOCATION -> assigned.computeIfAbsent("L" + key(original), k -> matchCase(original, city(k)));
            case ZIP -> assigned.computeIfAbsent("Z" + key(original), k -> zip(k, original));
            case ADDRESS -> assigned.computeIfAbsent("A" + key(original), k -> address(k, original));
            case AGE_OVER_89 -> "90+";
            case EMAIL ->
                assigned.computeIfAbsent("E" + key(original), k -> "contact" + (rnd(k) % 9000 + 1000) + "@example.org");
            case URL -> assigned.computeIfAbsent("U" + key(original), k -> "https://example.org/r/" + (rnd(k) % 90000));
            case IP -> assigned.computeIfAbsent("I" + key(original), k -> "192.0.2." + (rnd(k) % 254 + 1));
            default -> assigned.computeIfAbsent(type.name() + key(original), k -> scramble(k, original));
        };
    }

    private String name(String original) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < original.length() && (Character.isLetter(original.charAt(j)) || original.charAt(j) == '\'')) {
                j++;
            }
            String word = original.substring(i, j);
            String lower = word.toLowerCase(Locale.ROOT);
            String replacement = assigned.computeIfAbsent("N" + lower, k -> nameWord(k, lower));
            out.append(matchCase(word, replacement));
            i = j;
        }
        return out.toString();
    }

    private String nameWord(String key, String lower) {
        if (lower.length() == 1) {
            return String.valueOf((char) ('a' + rnd(key) % 26));
        }
        List<String> pool =
                lexicon.isFirstName(lower) ? lexicon.firstNamesByFrequency() : lexicon.surnamesByFrequency();
        return pool.get((int) (rnd(key) % Math.min(pool.size(), 2000)));
    }

    private String city(String key) {
        List<String[]> rows = lexicon.zipCityState();
        return rows.get((int) (rnd(key) % rows.size()))[1];
    }

    private String zip(String key, String original) {
        List<String[]> rows = lexicon.zipCityState();
        String zip = rows.get((int) (rnd(key) % rows.size()))[0];
        return original.length() > 5 ? zip + "-" + String.format("%04d", rnd(key + "+4") % 10000) : zip;
    }

    private String address(String key, String original) {
        String street = STREETS[(int) (rnd(key) % STREETS.length)];
        if (original.toUpperCase(Locale.ROOT).startsWith("P")) {
            return "PO Box " + (rnd(key) % 9000 + 100);
        }
        String lastWord = original.replaceAll("^.*\\s", "");
        return (Character.isDigit(original.charAt(0)) ? (rnd(key) % 9000 + 10) + " " : "") + street + " " + lastWord;
    }

    private String scramble(String key, String original) {
        StringBuilder out = new StringBuilder(original.length());
        long r = rnd(key);
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            r = r * 6364136223846793005L + 1442695040888963407L;
            int pick = (int) ((r >>> 33) % 26);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + pick % 10));
            } else if (Character.isUpperCase(c)) {
                out.append((char) ('A' + pick));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + pick));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String matchCase(String model, String value) {
        if (model.equals(model.toUpperCase(Locale.ROOT)) && model.length() > 1) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (model.equals(model.toLowerCase(Locale.ROOT))) {
            return value.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean start = true;
        for (char c : value.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static String key(String original) {
        return original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private long rnd(String key) {
        long h = seed ^ 0xC2B2AE3D27D4EB4FL;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 29;
        return h & Long.MAX_VALUE;
    }
}
