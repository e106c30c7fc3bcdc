package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named places smaller than a state: facilities ({@code St. Brigid Medical Center}, {@code Sunrise
 * Manor}, {@code Hawthorne Elementary School}), counties, and cities and towns from the US ZIP list
 * when written before a state ({@code Quincy, MA}), after a place phrase ({@code lives in}, {@code
 * transferred from}) or, for names that are not English words, anywhere capitalised. States and
 * countries are not identifiers and are left.
 */
public final class PlaceRules implements Detector {

    private static final Set<String> FACILITY = Set.of(
            "hospital",
            "clinic",
            "center",
            "centre",
            "manor",
            "hospice",
            "infirmary",
            "school",
            "elementary",
            "academy",
            "university",
            "college",
            "church",
            "pharmacy",
            "practice",
            "pediatrics",
            "associates",
            "healthcare",
            "health",
            "home",
            "homes",
            "rehab",
            "rehabilitation",
            "village",
            "residence",
            "shelter",
            "prison",
            "jail",
            "laboratories",
            "labs",
            "ymca",
            "county",
            "parish",
            "borough",
            "township",
            "park",
            "mall",
            "airport",
            "living",
            "gardens",
            "estates",
            "commons",
            "heights",
            "medicine",
            "dermatology",
            "cardiology",
            "oncology",
            "orthopedics",
            "orthopaedics",
            "group",
            "preschool",
            "daycare",
            "memorial",
            "general",
            "medical",
            "physicians",
            "partners");
    /** Keywords that also name departments and conditions: in caseless text they need a non-dictionary word. */
    private static final Set<String> WEAK_KEYWORDS = Set.of(
            "general",
            "medical",
            "memorial",
            "health",
            "group",
            "practice",
            "medicine",
            "partners",
            "physicians",
            "associates",
            "healthcare",
            "dermatology",
            "cardiology",
            "oncology",
            "orthopedics",
            "orthopaedics",
            "pediatrics",
            "living",
            "gardens",
            "estates",
            "commons",
            "heights",
            "village",
            "park",
            "residence");
    /** "home" names a place only in these pairs: "Sunrise Nursing Home", not "bring home". */
    private static final Set<String> HOME_PAIRS =
            Set.of("nursing", "funeral", "group", "care", "rest", "foster", "retirement", "convalescent");

    private static final Set<String> GENERIC = Set.copyOf(List.of(
            "the",
            "a",
            "an",
            "outside",
            "local",
            "community",
            "general",
            "regional",
            "memorial",
            "medical",
            "county",
            "state",
            "university",
            "childrens",
            "children's",
            "city",
            "our",
            "this",
            "that",
            "his",
            "her",
            "their",
            "another",
            "same",
            "different",
            "nearby",
            "nursing",
            "rehab",
            "skilled",
            "family",
            "health",
            "care",
            "surgical",
            "surgery",
            "cancer",
            "veterans",
            "main",
            "new",
            "private",
            "public",
            "primary",
            "urgent",
            "home",
            "group",
            "assisted",
            "senior",
            "elementary",
            "high",
            "middle",
            "day",
            "retail",
            "mental",
            "behavioral",
            "osh",
            "va",
            "sub-acute",
            "subacute",
            "acute",
            "long-term",
            "term",
            "long",
            "inpatient",
            "outpatient",
            "dialysis",
            "st",
            "saint",
            "of",
            "internal",
            "emergency",
            "physical",
            "occupational",
            "respiratory",
            "sports",
            "pediatric",
            "adult",
            "geriatric",
            "preventive",
            "nuclear",
            "interventional",
            "vascular",
            "plastic",
            "hospital",
            "critical",
            "palliative",
            "integrative",
            "clinical",
            "memory",
            "sleep",
            "pain",
            "wound",
            "heart",
            "diabetes",
            "eye",
            "dental",
            "vein",
            "fertility",
            "travel",
            "walk-in",
            "anticoagulation",
            "progress",
            "note",
            "discharge",
            "admission",
            "course",
            "intake",
            "specialty",
            "medicine",
            "women's",
            "womens",
            "infectious",
            "disease",
            "kidney",
            "liver",
            "transplant",
            "lung",
            "breast",
            "spine",
            "joint",
            "bone",
            "brain",
            "neuro",
            "cardiac",
            "the",
            "at",
            "and",
            "&",
            "'",
            "s",
            "-",
            "physicians",
            "associates",
            "partners",
            "group",
            "practice"));
    private static final Set<String> STRONG_BEFORE = Set.of(
            "lives",
            "living",
            "resides",
            "residing",
            "moved",
            "relocated",
            "born",
            "native",
            "hometown",
            "resident",
            "raised",
            "grew");
    private static final Set<String> WEAK_BEFORE = Set.of("in", "from", "to", "near", "at", "visiting", "of");
    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");
    static final Set<String> STATES = Set.of(
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
            "ohio",
            "oklahoma",
            "oregon",
            "pennsylvania",
            "tennessee",
            "texas",
            "utah",
            "vermont",
            "virginia",
            "washington",
            "wisconsin",
            "wyoming",
            "america");

    private final Lexicon lexicon;

    public PlaceRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void detect(TokenizedText text, List<Candidate> out) {
        NameWords words = new NameWords(lexicon, text);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (FACILITY.contains(t.lower())) {
                facility(text, words, i, out, found);
            }
            if (lexicon.startsCity(t.lower())) {
                city(text, words, i, out);
            }
        }
        propagate(text, found, out);
    }

    private void facility(TokenizedText text, NameWords words, int keyword, List<Candidate> out, Set<String> found) {
        Token kw = text.get(keyword);
        if (!NameWords.caseless(kw) && !kw.titleCase()
                || kw.lower().startsWith("home") && !HOME_PAIRS.contains(text.lower(keyword - 1))) {
            return;
        }
        int start = keyword;
        int specificStart = -1;
        int specificEnd = -1;
        for (int j = keyword - 1; j >= 0 && j >= keyword - 6 && text.sameLine(j, keyword); j--) {
            Token t = text.get(j);
            String lw = t.lower();
            boolean connector = lw.equals(".") && text.lower(j - 1).equals("st")
                    || lw.equals("'") && text.lower(j + 1).equals("s")
                    || lw.equals("s") && text.lower(j - 1).equals("'")
                    || lw.equals("&")
                    || lw.equals("of") && j < keyword - 1;
            boolean word = t.isWord()
                    && !lexicon.isStopWord(lw)
                    && (NameWords.caseless(t)
                            ? !words.isClinical(lw) || FACILITY.contains(lw) || GENERIC.contains(lw)
                            : t.titleCase() || t.allCaps() || lw.equals("st"));
            if (!(connector || word)) {
                break;
            }
            boolean weakKeyword = NameWords.caseless(kw) && WEAK_KEYWORDS.contains(kw.lower());
            if (word && !GENERIC.contains(lw) && !FACILITY.contains(lw) && !(weakKeyword && words.isCommon(lw))) {
                specificStart = j;
                specificEnd = specificEnd < 0 ? j : specificEnd;
            }
            start = j;
        }
        while (start < keyword && !text.get(start).isWord()) {
            start++;
        }
        if (specificStart >= 0) {
            out.add(new Candidate(text.get(start).start(), kw.end(), PhiCategory.LOCATION, Candidate.PLACE_CONTEXT));
            found.add(text.text()
                    .substring(
                            text.get(specificStart).start(),
                            text.get(specificEnd).end()));
        }
    }

    /** Later mentions of a facility's distinctive words ("Baystate Medical Center" ... "Baystate"). */
    private static void propagate(TokenizedText text, Set<String> found, List<Candidate> out) {
        String s = text.text();
        for (String name : found) {
            if (name.length() < 4) {
                continue;
            }
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean bounded = (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
                        && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
                if (bounded) {
                    out.add(new Candidate(at, end, PhiCategory.LOCATION, Candidate.PLACE_DICTIONARY));
                }
            }
        }
    }

    private void city(TokenizedText text, NameWords words, int i, List<Candidate> out) {
        int end = -1;
        StringBuilder name = new StringBuilder();
        for (int j = i; j < i + 4 && j < text.size() && text.sameLine(i, j); j++) {
            Token t = text.get(j);
            if (!t.isWord() && !t.is("-")) {
                break;
            }
            name.append(j > i && !t.is("-") && !text.lower(j - 1).equals("-") ? " " : "")
                    .append(t.lower());
            if (lexicon.isCity(name.toString())) {
                end = j;
            }
        }
        if (end < 0) {
            return;
        }
        Token first = text.get(i);
        String lw = name.length() > 0 && end == i ? first.lower() : null;
        boolean capitalised = NameWords.caseless(first) || first.titleCase();
        if (!capitalised || lw != null && STATES.contains(lw)) {
            return;
        }
        String before = text.lower(i - 1);
        boolean strong = STRONG_BEFORE.contains(before) || STRONG_BEFORE.contains(text.lower(i - 2));
        for (int k = i - 2;
                !strong && k >= i - 7 && k >= 0 && WEAK_BEFORE.contains(before) && text.sameLine(k, i);
                k--) {
            strong = STRONG_BEFORE.contains(text.lower(k));
        }
        boolean beforeState = text.lower(end + 1).equals(",") && stateAt(text, end + 2);
        boolean ambiguous = lw != null
                && (words.isCommon(lw) || words.isClinical(lw) || lexicon.isFirstName(lw) || words.eponymAt(i));
        boolean weakContext = WEAK_BEFORE.contains(before) && text.sameLine(i - 1, i);
        boolean titledAfterPreposition = weakContext && first.titleCase() && !MONTHS.contains(first.lower());
        boolean accept = beforeState
                || strong
                || titledAfterPreposition
                || !ambiguous && (weakContext || !NameWords.caseless(first) || lw == null);
        if (accept) {
            int priority = beforeState || strong ? Candidate.PLACE_CONTEXT : Candidate.PLACE_DICTIONARY;
            out.add(new Candidate(first.start(), text.get(end).end(), PhiCategory.LOCATION, priority));
        }
    }

    private static boolean stateAt(TokenizedText text, int i) {
        Token t = text.get(i);
        if (t == null) {
            return false;
        }
        if (STATES.contains(t.lower())) {
            return true;
        }
        if (t.text().length() != 2 || !t.allCaps() || !STATE_CODES.contains(t.text())) {
            return false;
        }
        Token next = text.get(i + 1);
        boolean zipNext =
                next != null && next.kind() == Token.Kind.NUMBER && next.text().length() == 5;
        return !t.caseless() || zipNext;
    }
}
