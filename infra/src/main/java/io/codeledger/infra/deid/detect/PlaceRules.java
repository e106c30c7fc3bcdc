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
            if (PlaceWords.FACILITY.contains(t.lower())) {
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
                || kw.lower().startsWith("home") && !PlaceWords.HOME_PAIRS.contains(text.lower(keyword - 1))) {
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
                            ? !words.isClinical(lw)
                                    || PlaceWords.FACILITY.contains(lw)
                                    || PlaceWords.GENERIC.contains(lw)
                            : t.titleCase() || t.allCaps() || lw.equals("st"));
            if (!(connector || word)) {
                break;
            }
            boolean weakKeyword = NameWords.caseless(kw) && PlaceWords.WEAK_KEYWORDS.contains(kw.lower());
            if (word
                    && !PlaceWords.GENERIC.contains(lw)
                    && !PlaceWords.FACILITY.contains(lw)
                    && !(weakKeyword && words.isCommon(lw))) {
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
        if (!capitalised || lw != null && PlaceWords.STATES.contains(lw)) {
            return;
        }
        String before = text.lower(i - 1);
        boolean strong =
                PlaceWords.STRONG_BEFORE.contains(before) || PlaceWords.STRONG_BEFORE.contains(text.lower(i - 2));
        for (int k = i - 2;
                !strong && k >= i - 7 && k >= 0 && PlaceWords.WEAK_BEFORE.contains(before) && text.sameLine(k, i);
                k--) {
            strong = PlaceWords.STRONG_BEFORE.contains(text.lower(k));
        }
        boolean beforeState = text.lower(end + 1).equals(",") && stateAt(text, end + 2);
        boolean ambiguous = lw != null
                && (words.isCommon(lw) || words.isClinical(lw) || lexicon.isFirstName(lw) || words.eponymAt(i));
        boolean weakContext = PlaceWords.WEAK_BEFORE.contains(before) && text.sameLine(i - 1, i);
        boolean titledAfterPreposition = weakContext && first.titleCase() && !PlaceWords.MONTHS.contains(first.lower());
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
        if (PlaceWords.STATES.contains(t.lower())) {
            return true;
        }
        if (t.text().length() != 2 || !t.allCaps() || !PlaceWords.STATE_CODES.contains(t.text())) {
            return false;
        }
        Token next = text.get(i + 1);
        boolean zipNext =
                next != null && next.kind() == Token.Kind.NUMBER && next.text().length() == 5;
        return !t.caseless() || zipNext;
    }
}
