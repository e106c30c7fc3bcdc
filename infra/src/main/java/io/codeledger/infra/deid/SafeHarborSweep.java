package io.codeledger.infra.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second pass: a small set of regular expressions, independent of the detectors, run over the
 * de-identified OUTPUT. Any hit outside the ranges the engine itself wrote (tags and surrogates)
 * means something identifying may have slipped through, and the record is rejected. The patterns
 * are deliberately simple and high-recall for the most dangerous shapes (SSNs, phone numbers,
 * e-mail, URLs, IPs, full dates, ages over 89, titled names, long numbers, labelled record numbers,
 * street addresses, ZIP codes after a state).
 */
public final class SafeHarborSweep {

    /** Where a rule's match can begin; the sweep tries the pattern only there (speed, not semantics). */
    private enum Start {
        DIGIT,
        DIGIT_OR_PAREN,
        LETTER,
        ANYWHERE
    }

    private record Rule(PhiCategory category, Start start, Pattern pattern) {

        Rule(PhiCategory category, Start start, String regex) {
            this(category, start, Pattern.compile(regex));
        }
    }

    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String STATES =
            "(?:MA|NY|CA|TX|FL|IL|PA|OH|GA|NC|MI|NJ|VA|WA|AZ|IN|TN|MO|MD|WI|MN|CO|AL|SC|LA|KY"
                    + "|OR|OK|CT|IA|MS|AR|KS|UT|NV|NM|NE|WV|ID|HI|ME|NH|RI|MT|DE|SD|ND|AK|VT|WY|DC)";
    private static final List<Rule> RULES = List.of(
            new Rule(PhiCategory.SSN, Start.DIGIT, "\\d{3}-\\d{2}-\\d{4}\\b"),
            new Rule(PhiCategory.PHONE, Start.DIGIT_OR_PAREN, "(?:\\(\\d{3}\\)\\s*|\\d{3}[-.])\\d{3}[-.]\\d{4}\\b"),
            new Rule(PhiCategory.EMAIL, Start.ANYWHERE, "[\\w.+-]+@[\\w-]+\\.[\\w.-]+"),
            new Rule(PhiCategory.URL, Start.LETTER, "(?i)(?:https?://|www\\.)\\S+"),
            new Rule(PhiCategory.IP, Start.DIGIT, "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b"),
            new Rule(
                    PhiCategory.DATE,
                    Start.DIGIT,
                    "(?<![\\d./-])(\\d{1,2})([/-])(\\d{1,2})\\2(?:\\d{4}|\\d{2})(?![\\d/-])"),
            new Rule(PhiCategory.DATE, Start.DIGIT, "(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b"),
            new Rule(
                    PhiCategory.DATE,
                    Start.LETTER,
                    "(?i)" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:mg|x|%))"),
            new Rule(PhiCategory.DATE, Start.DIGIT, "(?i)\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + "\\s+\\d{4}\\b"),
            new Rule(
                    PhiCategory.AGE_OVER_89,
                    Start.DIGIT,
                    "(?i)(?:9\\d|1[01]\\d)\\s*-?\\s*(?:y/?o|yo|years?[- ]old|year-old|yrs? old)\\b"),
            new Rule(PhiCategory.NAME, Start.LETTER, "(?:Dr|Mr|Mrs|Ms)\\.?\\s+[A-Z][a-z]{2,}"),
            new Rule(PhiCategory.MRN, Start.LETTER, "(?i)(?:mrn|medical record(?: number)?)\\W{0,3}[A-Z0-9-]*\\d{4,}"),
            new Rule(PhiCategory.OTHER_ID, Start.DIGIT, "\\d{8,}(?![\\d.,]\\d)"),
            new Rule(
                    PhiCategory.ADDRESS,
                    Start.DIGIT,
                    "\\d{1,5}\\s+[A-Z][a-z]+\\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive)\\b"),
            new Rule(PhiCategory.ZIP, Start.LETTER, STATES + ",?\\s+\\d{5}(?:-\\d{4})?\\b"));

    private static final Pattern TITLE = Pattern.compile("\\b(?:Dr|Mr|Mrs|Ms)\\b");

    /** Sweeps the whole output. */
    public List<SweepFinding> sweep(String output) {
        return sweep(output, List.of());
    }

    /**
     * Sweeps {@code output}, ignoring hits that lie entirely inside one of {@code written} (ranges
     * {@code [start, end)} of the output that the engine wrote itself: tags, surrogates, shifted dates).
     */
    public List<SweepFinding> sweep(String output, List<int[]> written) {
        List<SweepFinding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(output);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (rule.start() == Start.ANYWHERE) {
                while (output.indexOf('@') >= 0 && m.find()) {
                    add(findings, written, rule, m);
                }
                continue;
            }
            int last = 0;
            for (int i = 0; i < output.length(); i++) {
                char c = output.charAt(i);
                boolean boundary = i == 0 || !Character.isLetterOrDigit(output.charAt(i - 1));
                if (i < last || !boundary || !startsHere(rule.start(), c)) {
                    continue;
                }
                m.region(i, output.length());
                if (m.lookingAt()) {
                    add(findings, written, rule, m);
                    last = m.end();
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(SweepFinding::offset));
        return findings;
    }

    private static boolean startsHere(Start start, char c) {
        return switch (start) {
            case DIGIT -> Character.isDigit(c);
            case DIGIT_OR_PAREN -> Character.isDigit(c) || c == '(';
            case LETTER -> Character.isLetter(c);
            case ANYWHERE -> true;
        };
    }

    private static void add(List<SweepFinding> findings, List<int[]> written, Rule rule, Matcher m) {
        if (!onlyEngineText(m.group(), m.start(), written) && plausible(rule, m)) {
            findings.add(new SweepFinding(m.start(), rule.category()));
        }
    }

    private static boolean plausible(Rule rule, Matcher m) {
        if (rule.category() == PhiCategory.DATE && m.groupCount() >= 2 && m.group(1) != null) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            return a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12);
        }
        return true;
    }

    /**
     * True when every letter and digit of the hit lies in text the engine wrote, apart from a courtesy
     * title: "Dr. " followed by a surrogate name is the engine's own output, not a leak.
     */
    private static boolean onlyEngineText(String hit, int start, List<int[]> written) {
        StringBuilder residue = new StringBuilder();
        for (int i = 0; i < hit.length(); i++) {
            if (!inside(written, start + i, start + i + 1)) {
                residue.append(hit.charAt(i));
            } else {
                residue.append(' ');
            }
        }
        String rest = TITLE.matcher(residue).replaceAll(" ");
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean inside(List<int[]> written, int start, int end) {
        for (int[] r : written) {
            if (r[0] <= start && end <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
