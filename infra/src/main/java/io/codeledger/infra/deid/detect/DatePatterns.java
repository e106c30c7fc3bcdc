package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Dates in the ways clinicians write them: {@code 7/22}, {@code 07-22-2019}, {@code 2019-07-22},
 * {@code July 22nd, 2019}, {@code 22 Jul}, {@code 22-Jul-2019}, {@code Dec 2023}, a month alone,
 * holidays. A year alone is not a date element under Safe Harbor and is left. Month/day pairs
 * without a year that read as fractions or scores ({@code 1/2 tab}, {@code 4/5 strength},
 * {@code pain 7/10}) are left unless a date word ({@code on}, {@code since}) precedes them.
 */
public final class DatePatterns implements Detector {

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:\\d{4}|'\\d{2})";
    private static final String NOT_UNIT =
            "(?!\\s*(?:mg|mcg|ml|tabs?|times|x\\b|days?|weeks?|wks?|months?|hours?|hrs?|%|units?|doses?|pills?))";

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s*(?:the\\s+)?" + DAY + "\\b" + NOT_UNIT + "(?:,?\\s*" + YEAR + "\\b)?");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?i)\\b" + DAY + "\\s*(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s*" + YEAR + "\\b)?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?i)\\b" + DAY + "[-/.]" + MONTH + "[-/.](?:\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?i)\\b" + MONTH + "\\.?,?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.:/-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[/.-]\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.:/-])(?:19|20)\\d{2}([-/.])(?:0?[1-9]|1[0-2])\\1"
            + "(?:0?[1-9]|[12]\\d|3[01])(?![\\d]|[/.-]\\d)");
    private static final Pattern COMPACT =
            Pattern.compile("(?<![\\w.-])(?:(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
                    + "|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:19|20)\\d{2})(?![\\w-])");
    private static final Pattern MONTH_SLASH_DAY =
            Pattern.compile("(?<![\\d.:/+-])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?![\\d/]|\\.\\d)");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?i)\\b(?:january|february|april|june|july|august|september|october|november|december)\\b");
    private static final Pattern MONTH_IN_CONTEXT =
            Pattern.compile("\\b(?i:in|since|during|until|till|through|thru|early"
                    + "|late|mid|last|next|this|of|by|before|after|from|on)[\\s-]+(?:(?i:early|late|mid)[\\s-]+)?"
                    + "(May|March|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|MAY|MARCH|may|march)\\b\\.?");
    private static final Pattern HOLIDAY = Pattern.compile(
            "(?i)\\b(?:christmas(?:\\s+(?:eve|day))?|thanksgiving"
                    + "|easter(?:\\s+sunday)?|new\\s+year'?s(?:\\s+(?:eve|day))?|halloween|independence\\s+day"
                    + "|memorial\\s+day|labor\\s+day|veterans\\s+day|valentine'?s\\s+day|mother'?s\\s+day|father'?s\\s+day)\\b");
    private static final Pattern ON_THE_NTH = Pattern.compile("(?i)\\bon\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th))\\b");
    private static final Pattern DATE_WORD_BEFORE = Pattern.compile("(?i)(?:\\b(?:on|since|from|until|till|thru|through"
            + "|dated?|by|before|after|seen|admitted|discharged|placed|started|stopped|due|dos|dob|visit|next|last"
            + "|[a-z]{3,6}day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b)[\\s:]*$");
    private static final Pattern SCORE_WORD_BEFORE = Pattern.compile("(?i)(?:pain|score|strength|str|power|grade|murmur"
            + "|motor|rated|scale|reflex(?:es)?|pulses?|gcs|apgar|\\bday|\\bdays|ratio|stage|dose|doses|cycle|x|\\d/\\d+,?)"
            + "[\\s:=#]*$");
    private static final Pattern SCORE_WORD_AFTER = Pattern.compile(
            "(?i)^\\s*(?:strength|murmur|pain|scale|tabs?|tablets?"
                    + "|ns\\b|normal|of\\b|in\\b|x\\b|power|reflex|pulses|doses?|strength|bilat|ue\\b|le\\b|b/l|str\\b)");

    private static final Set<String> MONTH_PREFIXES =
            Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Set<String> HOLIDAY_WORDS = Set.of(
            "christmas",
            "thanksgiving",
            "easter",
            "new",
            "halloween",
            "independence",
            "memorial",
            "labor",
            "veterans",
            "valentine",
            "mother",
            "father");
    private static final Set<String> CONTEXT_WORDS = Set.of(
            "in", "since", "during", "until", "till", "through", "thru", "early", "late", "mid", "last", "next", "this",
            "of", "by", "before", "after", "from", "on");

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        Predicate<Token> month = t -> t.isWord()
                && t.lower().length() >= 3
                && MONTH_PREFIXES.contains(t.lower().substring(0, 3));
        add(tokens, MONTH_DAY, month, out);
        add(tokens, DAY_MONTH, RegexScan::digit, out);
        add(tokens, DAY_MONTH_YEAR, RegexScan::digit, out);
        add(tokens, MONTH_YEAR, month, out);
        add(tokens, ISO, RegexScan::digit, out);
        add(tokens, COMPACT, RegexScan::digit, out);
        add(tokens, MONTH_ALONE, month, out);
        add(tokens, HOLIDAY, RegexScan.words(HOLIDAY_WORDS), out);
        numeric(tokens, out);
        monthSlashDay(tokens, out);
        RegexScan.at(tokens, MONTH_IN_CONTEXT, RegexScan.words(CONTEXT_WORDS), m -> {
            out.add(new Candidate(m.start(1), m.end(), PhiCategory.DATE, Candidate.DATE));
        });
        RegexScan.at(tokens, ON_THE_NTH, RegexScan.words(Set.of("on")), nth -> {
            out.add(new Candidate(nth.start(1), nth.end(1), PhiCategory.DATE, Candidate.DATE));
        });
    }

    private static void add(TokenizedText tokens, Pattern p, Predicate<Token> start, List<Candidate> out) {
        String text = tokens.text();
        RegexScan.at(tokens, p, start, m -> {
            String s = m.group().toLowerCase(Locale.ROOT);
            // "may" and "march" are verbs too: a lower-case one needs a day number or year with it.
            if (p == DAY_MONTH && (s.endsWith("may") || s.endsWith("mar") || s.endsWith("march"))) {
                if (!Character.isUpperCase(text.charAt(m.end() - (s.endsWith("march") ? 5 : 3)))) {
                    return;
                }
            }
            out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, Candidate.DATE));
        });
    }

    private static void numeric(TokenizedText tokens, List<Candidate> out) {
        RegexScan.at(tokens, NUMERIC, RegexScan::digit, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean valid = a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
            if (valid && (!m.group(2).equals(".") || m.group(4).length() == 4)) {
                out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, Candidate.DATE));
            }
        });
    }

    private static void monthSlashDay(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        RegexScan.at(tokens, MONTH_SLASH_DAY, RegexScan::digit, m -> {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            String before = lineBefore(text, m.start(), 24);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            boolean dateWord = DATE_WORD_BEFORE.matcher(before).find();
            boolean fraction = day <= 4 && month < day;
            boolean score = (day == 5 || day == 10 || day == 6) && month <= day;
            boolean scoreContext = SCORE_WORD_BEFORE.matcher(before).find()
                    || SCORE_WORD_AFTER.matcher(after).find();
            if (dateWord || !(fraction || score || scoreContext)) {
                out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, Candidate.DATE));
            }
        });
    }

    static String lineBefore(String text, int at, int max) {
        int from = Math.max(0, at - max);
        int nl = text.lastIndexOf('\n', at - 1);
        return text.substring(Math.max(from, nl + 1), at);
    }
}
