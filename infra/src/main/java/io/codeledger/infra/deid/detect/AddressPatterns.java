package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Street addresses ({@code 42 Harbor View Road}, {@code 2600 SW 3rd Ave}, {@code 315 Cedar Lane,
 * Apt 2B}), PO boxes, named streets without a number ({@code lives on Maple Ave}) and ZIP codes after
 * a state ({@code Quincy, MA 02169}).
 */
public final class AddressPatterns implements Detector {

    private static final String SUFFIX = "(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct"
            + "|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|pike|alley|row|loop"
            + "|crossing|path|plaza|plz|turnpike|tpke)";
    private static final String UNIT = "(?:,?\\s*(?:apt|apartment|unit|suite|ste|#|rm|room|floor|fl|bldg|building|lot)"
            + "\\.?\\s*#?\\s*[A-Za-z0-9-]+)?";
    private static final Pattern NUMBERED = Pattern.compile("(?i)(?<![\\w./-])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?[ \\t]+"
            + "((?:(?:[NSEW]|north|south|east|west|NE|NW|SE|SW)\\.?[ \\t]+)?(?:[A-Za-z0-9'.-]+[ \\t]+){0,3}?)"
            + SUFFIX + "\\b\\.?" + UNIT);
    private static final Pattern ROUTE =
            Pattern.compile("\\b(?:(?:Route|Rte|Highway|Hwy|Interstate|State\\s+Road)[- ]?|I-)\\d{1,3}[A-Z]?\\b");
    private static final Pattern PO_BOX = Pattern.compile("(?i)\\bP\\.?\\s?O\\.?\\s*Box\\s+\\d+\\b");
    private static final Pattern NAMED_STREET = Pattern.compile("(?i)\\b(?:on|off|at|near|of|along)[ \\t]+("
            + "(?:[A-Za-z0-9'.-]+[ \\t]+){1,3}?(?:street|avenue|road|boulevard|lane|drive|ave|st|rd|blvd|ln|dr|parkway|highway)"
            + "\\b\\.?)(?![ \\t]+(?-i:[A-Z][a-z]))");
    private static final Pattern TITLED_STREET =
            Pattern.compile("\\b((?:[A-Z][a-z]+[ \\t]+){1,2}(?:Street|Avenue|Boulevard|Road|Lane|Parkway))\\b");
    private static final String STATES =
            "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
                    + "|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)";
    private static final Pattern ZIP_AFTER_STATE =
            Pattern.compile("\\b" + STATES + "\\.?,?[ \\t]+(\\d{5}(?:-\\d{4})?)\\b"
                    + "|(?i:\\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii"
                    + "|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota"
                    + "|mississippi|missouri|montana|nebraska|nevada|new\\s+hampshire|new\\s+jersey|new\\s+mexico|new\\s+york"
                    + "|north\\s+carolina|north\\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\\s+island|south\\s+carolina"
                    + "|south\\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\\s+virginia|wisconsin|wyoming)"
                    + ",?[ \\t]+(\\d{5}(?:-\\d{4})?)\\b)");

    private static final Set<String> PO = Set.of("p", "po");
    private static final Set<String> ROUTES = Set.of("route", "rte", "highway", "hwy", "interstate", "state", "i");
    private static final Set<String> STREET_PREPOSITIONS = Set.of("on", "off", "at", "near", "of", "along");
    private static final Set<String> STATE_FIRST_WORDS = Set.of(
            "alabama",
            "alaska",
            "arizona",
            "arkansas",
            "california",
            "colorado",
            "connecticut",
            "delaware",
            "florida",
            "georgia",
            "hawaii",
            "idaho",
            "illinois",
            "indiana",
            "iowa",
            "kansas",
            "kentucky",
            "louisiana",
            "maine",
            "maryland",
            "massachusetts",
            "michigan",
            "minnesota",
            "mississippi",
            "missouri",
            "montana",
            "nebraska",
            "nevada",
            "new",
            "north",
            "ohio",
            "oklahoma",
            "oregon",
            "pennsylvania",
            "rhode",
            "south",
            "tennessee",
            "texas",
            "utah",
            "vermont",
            "virginia",
            "washington",
            "west",
            "wisconsin",
            "wyoming");

    private final Lexicon lexicon;

    public AddressPatterns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void detect(TokenizedText tokens, List<Candidate> out) {
        String text = tokens.text();
        RegexScan.at(tokens, NUMBERED, RegexScan::digit, m -> {
            if (plausibleStreetWords(m.group(1), text, m.end())) {
                out.add(new Candidate(m.start(), m.end(), PhiCategory.ADDRESS, Candidate.ADDRESS));
            }
        });
        ContactPatterns.addAt(tokens, PO_BOX, RegexScan.words(PO), PhiCategory.ADDRESS, Candidate.ADDRESS, out);
        ContactPatterns.addAt(tokens, ROUTE, RegexScan.words(ROUTES), PhiCategory.ADDRESS, Candidate.ADDRESS, out);
        RegexScan.at(tokens, NAMED_STREET, RegexScan.words(STREET_PREPOSITIONS), named -> {
            if (plausibleStreetWords(named.group(1).replaceAll("\\S+\\.?$", ""), text, named.end())) {
                out.add(new Candidate(named.start(1), named.end(1), PhiCategory.ADDRESS, Candidate.ADDRESS));
            }
        });
        RegexScan.at(tokens, TITLED_STREET, Token::titleCase, titled -> {
            if (plausibleStreetWords(titled.group(1).replaceAll("\\S+$", ""), text, titled.end())) {
                out.add(new Candidate(titled.start(1), titled.end(1), PhiCategory.ADDRESS, Candidate.ADDRESS));
            }
        });
        RegexScan.at(tokens, ZIP_AFTER_STATE, AddressPatterns::stateStart, zip -> {
            int g = zip.group(1) != null ? 1 : 2;
            out.add(new Candidate(zip.start(g), zip.end(g), PhiCategory.ZIP, Candidate.ZIP));
        });
    }

    private static boolean stateStart(Token t) {
        return t.text().length() == 2 && t.allCaps() || STATE_FIRST_WORDS.contains(t.lower());
    }

    /** Street words are not clinical words, units or function words ("2 tabs per Dr" is no address). */
    private boolean plausibleStreetWords(String words, String text, int end) {
        String trimmed = words.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (String w : trimmed.split("[ \\t]+")) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[.']", "");
            if (lexicon.isStopWord(lw) && !lw.matches("[nsew]|ne|nw|se|sw")
                    || lexicon.isClinical(lw) && !lexicon.isName(lw) && !lexicon.isCommonWord(lw)) {
                return false;
            }
        }
        // "Dr"/"St" followed by a capitalised word is a title: "per Dr Smith", "at St Mary's".
        String rest = text.substring(end, Math.min(text.length(), end + 3));
        String suffix = text.substring(Math.max(0, end - 3), end).toLowerCase(Locale.ROOT);
        boolean titleLike =
                (suffix.endsWith("dr") || suffix.endsWith("dr.") || suffix.endsWith("st") || suffix.endsWith("st."))
                        && rest.matches("[ \\t][A-Z][a-z].*");
        return !titleLike;
    }
}
