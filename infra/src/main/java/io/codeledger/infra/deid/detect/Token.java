package io.codeledger.infra.deid.detect;

/**
 * A word, number or punctuation mark of a note, with its offsets, its lower-case form and the case
 * facts the detectors use. {@code caseless} is true when the token's line ({@code line}, counted from 0) is written all in capitals
 * or all in lower case, so that capitalisation says nothing about proper nouns there.
 */
public record Token(
        int start, int end, String text, String lower, Kind kind, boolean caseless, boolean sentenceInitial, int line) {

    /** What a token is made of. */
    public enum Kind {
        WORD,
        NUMBER,
        ALNUM,
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** First letter upper case and some later letter lower case, e.g. {@code Smith}, {@code McDonald}. */
    public boolean titleCase() {
        if (kind != Kind.WORD || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every letter upper case and at least two letters, e.g. {@code SMITH}. */
    public boolean allCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A single letter, as in the initials {@code J.} or {@code K}. */
    public boolean initial() {
        return kind == Kind.WORD && text.length() == 1 && Character.isLetter(text.charAt(0));
    }

    /** Capitalised (title case or all capitals) where capitals carry meaning, or any word where they cannot. */
    public boolean capitalisedOrCaseless() {
        return caseless || titleCase() || allCaps() || (initial() && Character.isUpperCase(text.charAt(0)));
    }

    public boolean is(String punctOrLower) {
        return lower.equals(punctOrLower);
    }
}
