package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers with a fixed shape: e-mail addresses, URLs, IPv4/IPv6 and MAC addresses, social
 * security numbers, and telephone numbers (read as fax when the nearest label before them on the
 * line says fax).
 */
public final class ContactPatterns implements Detector {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"'()]+"
            + "|(?i)\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|edu|gov|io|us|info|biz|health|mil)"
            + "\\b(?:/[^\\s<>\"'()]*)?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.]\\d)");
    private static final Pattern IPV6 =
            Pattern.compile("(?i)(?<![\\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}(?![\\w:])");
    private static final Pattern MAC = Pattern.compile("(?i)(?<![\\w:-])(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![\\w:-])");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w/.+-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s*|\\d{3}[\\s.-])"
                    + "\\d{3}[\\s.-]\\d{4}(?![\\w-]|\\.\\d)");
    private static final Pattern SHORT_PHONE = Pattern.compile("(?<![\\w/.-])\\d{3}-\\d{4}(?![\\w-]|\\.\\d)");
    private static final Pattern PHONE_WORD = Pattern.compile(
            "(?i)\\b(?:phone|ph|tel|telephone|cell|mobile|pager|beeper|call|called|contact|home|work|number|#|p|t|c|h|w)\\b\\W*$");
    private static final Pattern FAX_OR_PHONE_LABEL = Pattern.compile(
            "(?i)(fax(?:ed)?|facsimile|\\bf:)|(phone|ph\\b|tel\\b|cell|mobile|pager|call|\\bp:|\\bt:|\\bc:)");

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        if (text.indexOf('@') >= 0) {
            addAt(
                    tokens,
                    EMAIL,
                    t -> t.kind() != Token.Kind.PUNCT && charBeforeSpace(text, t.start(), '@'),
                    PhiCategory.EMAIL,
                    Candidate.STRUCTURED + 1,
                    out);
        }
        if (mayHoldUrl(tokens)) {
            RegexScan.at(
                    tokens, URL, t -> t.kind() != Token.Kind.PUNCT && charBeforeSpace(text, t.start(), '.'), url -> {
                        int end = url.end();
                        while (end > url.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                            end--;
                        }
                        if (url.group().indexOf('@') < 0 && !fileName(text.substring(url.start(), end))) {
                            out.add(new Candidate(url.start(), end, PhiCategory.URL, Candidate.STRUCTURED));
                        }
                    });
        }
        java.util.function.Predicate<Token> beforeColon = t -> t.end() < text.length()
                && text.charAt(t.end()) == ':'
                && t.text().length() <= 4;
        addAt(tokens, MAC, beforeColon, PhiCategory.DEVICE, Candidate.STRUCTURED + 2, out);
        ContactPatterns.addAt(tokens, IPV4, RegexScan::digit, PhiCategory.IP, Candidate.STRUCTURED, out);
        RegexScan.at(tokens, IPV6, beforeColon, v6 -> {
            String v = v6.group();
            if (v.contains("::") || v.chars().filter(c -> c == ':').count() >= 5) {
                out.add(new Candidate(v6.start(), v6.end(), PhiCategory.IP, Candidate.STRUCTURED));
            }
        });
        ContactPatterns.addAt(tokens, SSN, RegexScan::digit, PhiCategory.SSN, Candidate.LABELLED - 5, out);
        phones(tokens, out);
    }

    /** Whether the run of non-space characters from {@code from} holds {@code wanted} (URLs a dot, e-mail an @). */
    private static boolean charBeforeSpace(String text, int from, char wanted) {
        for (int i = from; i < text.length() && i < from + 256; i++) {
            char c = text.charAt(i);
            if (c == wanted) {
                return true;
            }
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean fileName(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return !lower.contains("/")
                && !lower.startsWith("www.")
                && lower.matches(".*\\.(jpe?g|png|gif|bmp|tiff?|heic)$");
    }

    private static void phones(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        RegexScan.at(
                tokens,
                PHONE,
                t -> RegexScan.digit(t) || t.is("(") || t.is("+"),
                m -> out.add(new Candidate(m.start(), m.end(), phoneOrFax(text, m.start()), Candidate.CONTACT)));
        RegexScan.at(tokens, SHORT_PHONE, RegexScan::digit, s -> {
            String before = text.substring(Math.max(0, s.start() - 20), s.start());
            int nl = before.lastIndexOf('\n');
            if (PHONE_WORD.matcher(nl >= 0 ? before.substring(nl + 1) : before).find()) {
                out.add(new Candidate(s.start(), s.end(), phoneOrFax(text, s.start()), Candidate.CONTACT));
            }
        });
    }

    /** Cheap test before the URL pattern: a scheme, "www." or a common top-level domain occurs. */
    private static boolean mayHoldUrl(TokenizedText tokens) {
        String lower = tokens.lowerText();
        return lower.contains("://")
                || lower.contains("www.")
                || lower.contains(".com")
                || lower.contains(".org")
                || lower.contains(".net")
                || lower.contains(".edu")
                || lower.contains(".gov")
                || lower.contains(".io")
                || lower.contains(".us")
                || lower.contains(".info")
                || lower.contains(".biz")
                || lower.contains(".health")
                || lower.contains(".mil");
    }

    /** FAX when the last phone-ish label in the 30 characters before the number (same line) says fax. */
    static PhiCategory phoneOrFax(String text, int start) {
        int from = Math.max(0, start - 30);
        int nl = text.lastIndexOf('\n', start - 1);
        String before = text.substring(Math.max(from, nl + 1), start);
        Matcher m = FAX_OR_PHONE_LABEL.matcher(before);
        PhiCategory category = PhiCategory.PHONE;
        while (m.find()) {
            category = m.group(1) != null ? PhiCategory.FAX : PhiCategory.PHONE;
        }
        return category;
    }

    static void addAt(
            TokenizedText tokens,
            Pattern p,
            java.util.function.Predicate<Token> start,
            PhiCategory category,
            int priority,
            List<Candidate> out) {
        RegexScan.at(tokens, p, start, m -> out.add(new Candidate(m.start(), m.end(), category, priority)));
    }

    static void add(String text, Pattern p, PhiCategory category, int priority, List<Candidate> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), category, priority));
        }
    }
}
