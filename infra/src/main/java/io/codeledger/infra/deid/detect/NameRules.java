package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Person names. Seeds come from context (a title before: {@code Dr.}, {@code Mrs.}; a relation
 * before: {@code son}, {@code wife}; a phrase before: {@code seen by}, {@code spoke with},
 * {@code Patient:}; a credential after: {@code , MD}, {@code RN}) and from the Census dictionaries
 * (a first name or surname that is not also an English or clinical word, or a capitalised first
 * name followed by a capitalised surname). Seeds grow over neighbouring name words and initials,
 * and every later mention of a found name in the note is tagged too. Eponyms ({@code Parkinson's},
 * {@code Murphy sign}) are not names.
 */
public final class NameRules implements Detector {

    private final Lexicon lexicon;

    public NameRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void detect(TokenizedText text, List<Candidate> out) {
        NameWords words = new NameWords(lexicon, text);
        boolean[] name = new boolean[text.size()];
        boolean[] strong = new boolean[text.size()];
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (afterTrigger(text, words, i) || beforeCredential(text, words, i) || beforeAppositive(text, words, i)) {
                name[i] = true;
                strong[i] = true;
            } else if (fromDictionary(text, words, i)) {
                name[i] = true;
            }
        }
        grow(text, words, name);
        propagate(text, words, name, strong);
        emit(text, name, strong, out);
    }

    private boolean afterTrigger(TokenizedText text, NameWords words, int i) {
        int p = i - 1;
        while (p >= 0
                && text.sameLine(p, i)
                && (text.lower(p).equals(".")
                        || text.lower(p).equals(",")
                        || text.lower(p).equals(":")
                        || text.lower(p).equals("(")
                        || text.lower(p).equals("-"))) {
            p--;
        }
        if (p < 0 || !text.sameLine(p, i) || p < i - 3) {
            return false;
        }
        String trigger = text.lower(p);
        Token t = text.get(i);
        String lw = t.lower();
        if (words.isStop(lw) || lw.length() < 2 && !t.initial()) {
            return false;
        }
        if (NameContext.TITLES.contains(trigger)) {
            return (t.capitalisedOrCaseless())
                    && (words.isName(lw) || !words.isCommon(lw))
                    && !NameWords.CREDENTIALS.contains(lw);
        }
        if (!NameContext.RELATIONS.contains(trigger) || words.eponymAt(i)) {
            return false;
        }
        if ((trigger.equals("with") || trigger.equals("to")) && !NameContext.CONVERSE.contains(text.lower(p - 1))) {
            return false;
        }
        if (t.initial()) {
            return Character.isUpperCase(t.text().charAt(0))
                    && text.lower(i + 1).equals(".");
        }
        boolean clinical = words.isClinical(lw) && !words.isName(lw);
        if (!NameWords.caseless(t) && !t.titleCase()) {
            return !clinical && words.isName(lw) && !words.isCommon(lw);
        }
        if (NameWords.caseless(t)) {
            boolean kin = !NameContext.WEAK.contains(trigger) && !NameContext.TITLE_LIKE.contains(trigger);
            return !clinical
                    && (kin
                            ? !words.isCommon(lw) && (words.isName(lw) || lw.length() > 2) || words.isFirst(lw)
                            : words.isName(lw) && !words.isCommon(lw));
        }
        return t.titleCase() && !clinical && (!words.isCommon(lw) || words.isFirst(lw));
    }

    private boolean beforeCredential(TokenizedText text, NameWords words, int i) {
        int j = i + 1;
        if (text.lower(j).equals(",")) {
            j++;
        }
        if (!text.sameLine(i, j) || words.credentialAt(j) == 0) {
            return false;
        }
        Token t = text.get(i);
        String lw = t.lower();
        return t.capitalisedOrCaseless()
                && !words.isStop(lw)
                && !NameWords.CREDENTIALS.contains(lw)
                && (words.isName(lw) || !words.isCommon(lw))
                && !(words.isClinical(lw) && !words.isName(lw));
    }

    /** "Grace, the aide from the agency": a capitalised first name followed by ", the/her/his <relation>". */
    private boolean beforeAppositive(TokenizedText text, NameWords words, int i) {
        Token t = text.get(i);
        if (!t.titleCase() || !words.isFirst(t.lower()) || !text.lower(i + 1).equals(",")) {
            return false;
        }
        String det = text.lower(i + 2);
        boolean determiner = Set.of("the", "her", "his", "their", "our", "a", "my", "pt's", "patient's")
                .contains(det);
        return determiner
                && text.sameLine(i, i + 3)
                && NameContext.RELATIONS.contains(text.lower(i + 3))
                && !NameContext.WEAK.contains(text.lower(i + 3))
                && !NameContext.TITLE_LIKE.contains(text.lower(i + 3));
    }

    private boolean fromDictionary(TokenizedText text, NameWords words, int i) {
        Token t = text.get(i);
        String lw = t.lower();
        if (lw.length() < 2
                || words.isStop(lw)
                || words.eponymAt(i)
                || saintBefore(text, i)
                || PlaceWords.STATES.contains(lw)) {
            return false;
        }
        boolean plainName = words.isName(lw) && !words.isCommon(lw) && !words.isClinical(lw);
        if (t.allCaps() && !t.caseless()) {
            return false;
        }
        if (NameWords.caseless(t)) {
            return plainName && lw.length() >= 3 && (words.isFirst(lw) || lexicon.surnameRank(lw) <= 40000);
        }
        if (!t.titleCase()) {
            return false;
        }
        if (plainName) {
            return lw.length() >= 3;
        }
        // "Rose Long", "Grace Price": a capitalised first name followed by a capitalised surname.
        Token next = text.get(i + 1);
        return words.isFirst(lw)
                && next != null
                && next.titleCase()
                && text.sameLine(i, i + 1)
                && lexicon.isSurname(next.lower())
                && !words.isClinical(next.lower())
                && !words.eponymAt(i + 1)
                && !monthName(lw);
    }

    private static boolean monthName(String lw) {
        return Set.of("may", "june", "april", "august", "march").contains(lw);
    }

    private static boolean saintBefore(TokenizedText text, int i) {
        int p = text.lower(i - 1).equals(".") ? i - 2 : i - 1;
        String before = text.lower(p);
        return before.equals("st") || before.equals("saint") || before.equals("mt") || before.equals("mount");
    }

    /** Extends found names over neighbouring name words, initials and "Surname, First" inversions. */
    private static void grow(TokenizedText text, NameWords words, boolean[] name) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < text.size(); i++) {
                if (!name[i] || !text.get(i).isWord()) {
                    continue;
                }
                int j = i + 1;
                if (text.get(i).initial() && text.lower(j).equals(".")) {
                    name[j++] = true;
                }
                if (j < text.size() && text.sameLine(i, j)) {
                    if (words.continuesName(j)) {
                        name[j] = true;
                    } else if (text.lower(j).equals(",")
                            && words.isFirst(text.lower(j + 1))
                            && text.get(j + 1).capitalisedOrCaseless()
                            && text.sameLine(i, j + 1)
                            && words.credentialAt(j + 1) == 0) {
                        name[j] = true;
                        name[j + 1] = true;
                    }
                }
                int k = i - 1;
                if (k >= 1 && text.lower(k).equals(".") && text.get(k - 1).initial()) {
                    k--;
                }
                if (k >= 0 && text.sameLine(k, i) && text.get(k).initial()
                        || k >= 0
                                && k == i - 1
                                && text.sameLine(k, i)
                                && words.continuesName(k)
                                && !text.get(i).sentenceInitial()) {
                    for (int m = k; m < i; m++) {
                        name[m] = true;
                    }
                }
            }
        }
    }

    /** Tags later mentions of a name already found in the note ("Mr. Kingsley" ... "Kingsley"). */
    private static void propagate(TokenizedText text, NameWords words, boolean[] name, boolean[] strong) {
        Set<String> found = new HashSet<>();
        Set<String> strongFound = new HashSet<>();
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (name[i] && t.isWord() && t.lower().length() >= 3 && !words.isStop(t.lower())) {
                found.add(t.lower());
                if (strong[i]) {
                    strongFound.add(t.lower());
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        for (int i = 0; i < text.size(); i++) {
            Token t = text.get(i);
            if (name[i] || !t.isWord() || !found.contains(t.lower()) || words.eponymAt(i)) {
                continue;
            }
            boolean common = words.isCommon(t.lower()) && !strongFound.contains(t.lower());
            name[i] = NameWords.caseless(t) ? !common : t.titleCase();
        }
    }

    private static void emit(TokenizedText text, boolean[] name, boolean[] strong, List<Candidate> out) {
        int i = 0;
        while (i < text.size()) {
            if (!name[i] || !text.get(i).isWord()) {
                i++;
                continue;
            }
            int j = i;
            boolean isStrong = strong[i];
            while (j + 1 < text.size() && name[j + 1] && text.sameLine(i, j + 1)) {
                j++;
                isStrong |= strong[j];
            }
            int last = j;
            while (last > i && !text.get(last).isWord() && !text.lower(last).equals(".")) {
                last--;
            }
            out.add(new Candidate(
                    text.get(i).start(),
                    text.get(last).end(),
                    PhiCategory.NAME,
                    isStrong ? Candidate.NAME_CONTEXT : Candidate.NAME_DICTIONARY));
            i = j + 1;
        }
    }
}
