package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ages over 89, in digits ({@code 93 yo}, {@code 97F}, {@code 90-year-old}, {@code age: 102}) or
 * words ({@code ninety-four years old}, {@code in her mid-90s}, {@code nonagenarian}). Only the age
 * itself is tagged. Ages up to 89 are not identifiers under Safe Harbor.
 */
public final class AgePatterns implements Detector {

    private static final String OVER_89 = "(?:9\\d|1[0-2]\\d)";
    private static final Pattern AGE_UNIT =
            Pattern.compile("(?<![\\d./:-])(" + OVER_89 + ")(?=\\s*-?\\s*(?:(?i:y/o|y\\.o\\.?"
                    + "|yo|yom|yof|yoM|yoF|yrs?|years?|yr-old|year-old|years-old|-year|y)\\b|[MF]\\b))");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:age[ds]?|aged|turns|turned|turning|will\\s+be"
            + "|is\\s+now|celebrated\\s+(?:her|his|their)|birthday)\\s*(?:is|of)?\\s*[:=]?\\s*(" + OVER_89
            + ")(?![\\d.%/])");
    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final Pattern AGE_WORDS = Pattern.compile("(?i)\\b((?:ninety|one\\s+hundred(?:\\s+and)?)(?:[\\s-]+"
            + UNITS + ")?|one\\s+hundred(?:\\s+and)?(?:[\\s-]+(?:ten|eleven|twelve|" + UNITS + "))?)"
            + "(?=[\\s-]+(?:years?|yrs?|year-old)\\b)");
    private static final Pattern DECADE = Pattern.compile(
            "(?i)\\b(?:in\\s+)?(?:his|her|their|the)\\s+(?:(?:early|mid|late)" + "[\\s-]+)?(90'?s|nineties|100s)\\b");
    private static final Set<String> AGE_WORDS_BEFORE =
            Set.of("age", "ages", "aged", "turns", "turned", "turning", "will", "is", "celebrated", "birthday");
    private static final Set<String> AGE_NOUNS = Set.of(
            "nonagenarian", "nonagenarians", "centenarian", "centenarians", "supercentenarian", "supercentenarians");
    private static final Pattern TEMPERATURE =
            Pattern.compile("(?i)\\b(?:t|temp|temperature|tmax|tm|tc|fever|febrile|to)\\s*[:=]?\\s*$");
    private static final Pattern AGE_NOUN =
            Pattern.compile("(?i)\\b(?:nonagenarian|centenarian|supercentenarian)s?\\b");

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        group(tokens, AGE_UNIT, RegexScan::digit, out);
        group(tokens, AGE_BEFORE, RegexScan.words(AGE_WORDS_BEFORE), out);
        group(
                tokens,
                AGE_WORDS,
                t -> t.lower().startsWith("ninety") || t.lower().equals("one"),
                out);
        group(tokens, DECADE, RegexScan.words(Set.of("in", "his", "her", "their", "the")), out);
        ContactPatterns.addAt(
                tokens, AGE_NOUN, RegexScan.words(AGE_NOUNS), PhiCategory.AGE_OVER_89, Candidate.AGE, out);
    }

    private static void group(TokenizedText tokens, Pattern p, Predicate<Token> start, List<Candidate> out) {
        String text = tokens.text();
        RegexScan.at(tokens, p, start, m -> {
            if (p == AGE_UNIT
                    && TEMPERATURE
                            .matcher(DatePatterns.lineBefore(text, m.start(), 16))
                            .find()) {
                return;
            }
            out.add(new Candidate(m.start(1), m.end(1), PhiCategory.AGE_OVER_89, Candidate.AGE));
        });
    }
}
