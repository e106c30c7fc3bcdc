package io.codeledger.infra.deid.detect;

import java.util.Set;

/**
 * Word-level judgements for name detection, over one note's tokens: is a token a possible name
 * word, a clinical word, an eponym in use ({@code Parkinson's disease}, {@code Murphy sign})? Handles
 * hyphenated words part by part ({@code Alvarez-Cruz}).
 */
final class NameWords {

    static final Set<String> CREDENTIALS = Set.of(
            "md", "do", "rn", "np", "pa", "pa-c", "lpn", "cna", "phd", "msw", "lcsw", "crna", "fnp", "aprn", "dpm",
            "dds", "pharmd", "rph", "facp", "facs", "slp", "rd", "rrt", "dnp", "cnm", "bsn", "msn", "mph", "fnp-bc",
            "np-c", "lmsw", "lpc", "ccc-slp", "otr", "dpt", "mba");

    private final Lexicon lexicon;
    private final TokenizedText text;

    NameWords(Lexicon lexicon, TokenizedText text) {
        this.lexicon = lexicon;
        this.text = text;
    }

    boolean isName(String lw) {
        if (lexicon.isName(lw)) {
            return true;
        }
        if (lw.indexOf('-') > 0) {
            for (String part : lw.split("-")) {
                if (lexicon.isName(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isFirst(String lw) {
        return lexicon.isFirstName(lw) || lw.indexOf('-') > 0 && lexicon.isFirstName(lw.substring(0, lw.indexOf('-')));
    }

    boolean isCommon(String lw) {
        if (lw.indexOf('-') > 0) {
            for (String part : lw.split("-")) {
                if (!part.isEmpty() && !lexicon.isCommonWord(part) && !lexicon.isStopWord(part)) {
                    return false;
                }
            }
            return true;
        }
        return lexicon.isCommonWord(lw) || lexicon.isStopWord(lw);
    }

    boolean isClinical(String lw) {
        return lexicon.isClinical(lw) || lw.indexOf('-') > 0 && lexicon.isClinical(lw.substring(0, lw.indexOf('-')));
    }

    boolean isStop(String lw) {
        return lexicon.isStopWord(lw);
    }

    /** A listed eponym, or a capitalised word followed by (optionally 's and) an eponym context word. */
    boolean eponymAt(int i) {
        String lw = text.lower(i);
        if (lexicon.isEponym(lw)) {
            return true;
        }
        int j = i + 1;
        if ((text.lower(j).equals("'") || text.lower(j).equals("\u2019"))
                && text.lower(j + 1).equals("s")) {
            j += 2;
        }
        if (text.lower(j).equals("-") || text.lower(j).equals("/")) {
            j++;
        }
        return text.sameLine(i, j) && lexicon.isEponymContext(text.lower(j));
    }

    /**
     * A word that can be part of a name next to one already found: capitalised where capitals mean
     * something, a known name word or an unknown (non-dictionary) word, not a clinical word.
     */
    boolean continuesName(int i) {
        Token t = text.get(i);
        if (t == null || !t.isWord() || isStop(t.lower()) || eponymAt(i)) {
            return false;
        }
        if (t.initial()) {
            return t.caseless() || Character.isUpperCase(t.text().charAt(0));
        }
        String lw = t.lower();
        if (caseless(t)) {
            return (isName(lw) && !isCommon(lw) || !isCommon(lw) && !isClinical(lw))
                    && lw.length() > 1
                    && !CREDENTIALS.contains(lw);
        }
        return t.titleCase() && (isName(lw) || !isCommon(lw)) && !(isClinical(lw) && !isName(lw));
    }

    /** Whether capitals carry no information for this token: its line is caseless, or it is all capitals. */
    static boolean caseless(Token t) {
        return t.caseless() || t.allCaps();
    }

    /** The credential (MD, RN, PA-C, M.D.) starting at token {@code i}, as the number of tokens it spans, or 0. */
    int credentialAt(int i) {
        StringBuilder letters = new StringBuilder();
        for (int j = i; j < i + 6 && text.get(j) != null && text.sameLine(i, j); j++) {
            Token t = text.get(j);
            if (t.is(".")) {
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            letters.append(t.lower());
            String s = letters.toString();
            if (CREDENTIALS.contains(s)) {
                boolean doVerb = s.equals("do") && !t.text().equals("DO");
                return doVerb ? 0 : j - i + 1;
            }
            if (t.text().length() > 1 && j > i) {
                break;
            }
        }
        return 0;
    }
}
