package io.codeledger.infra.deid.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A note split into tokens. Words keep internal hyphens and apostrophes ({@code Alvarez-Cruz},
 * {@code O'Brien}) but a possessive {@code 's} is its own token; every token knows whether its line
 * is caseless (all capitals or all lower case) and whether it starts a sentence.
 */
public final class TokenizedText {

    private static final Set<String> ABBREVIATIONS_BEFORE_NAMES =
            Set.of("dr", "mr", "mrs", "ms", "st", "mt", "jr", "sr", "prof", "rev", "capt", "sgt", "fr");

    private final String text;
    private final List<Token> tokens;
    private String lowerText;

    public TokenizedText(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    public String text() {
        return text;
    }

    /** The whole text in lower case (computed once). */
    public String lowerText() {
        if (lowerText == null) {
            lowerText = text.toLowerCase(Locale.ROOT);
        }
        return lowerText;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** The lower-case form of token {@code i}, or the empty string past either end. */
    public String lower(int i) {
        Token t = get(i);
        return t == null ? "" : t.lower();
    }

    /** Whether tokens {@code i} and {@code j} both exist and sit on the same line. */
    public boolean sameLine(int i, int j) {
        Token a = get(i);
        Token b = get(j);
        return a != null && b != null && a.line() == b.line();
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 4);
        boolean lowerDocument = lowerCaseDocument(text);
        int lineStart = 0;
        int line = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean caseless = lowerDocument || caseless(text, lineStart, lineEnd);
            tokenizeLine(text, lineStart, lineEnd, line++, caseless, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** A note typed almost without capitals: fewer than one letter in a hundred is upper case. */
    private static boolean lowerCaseDocument(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 40 && upper * 100 < letters;
    }

    private static boolean caseless(String text, int from, int to) {
        int upper = 0;
        int lower = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        int letters = upper + lower;
        if (letters == 0) {
            return false;
        }
        boolean capitals = lower * 10 <= letters && upper >= 3;
        return capitals || upper == 0 && letters >= 12;
    }

    private static void tokenizeLine(String text, int from, int to, int line, boolean caseless, List<Token> out) {
        int i = from;
        boolean sentenceStart = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = Character.isLetterOrDigit(c) ? wordEnd(text, i, to) : i + 1;
            String s = text.substring(i, end);
            Token.Kind kind = kind(s);
            out.add(new Token(i, end, s, s.toLowerCase(Locale.ROOT), kind, caseless, sentenceStart, line));
            sentenceStart = kind == Token.Kind.PUNCT && endsSentence(s.charAt(0), out);
            i = end;
        }
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '\u2019')
                    && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !possessive(text, i, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean possessive(String text, int apostrophe, int to) {
        char c = text.charAt(apostrophe);
        if (c == '-') {
            return false;
        }
        int after = apostrophe + 2;
        return (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
                && (after >= to || !Character.isLetterOrDigit(text.charAt(after)));
    }

    private static boolean endsSentence(char c, List<Token> out) {
        if (c == '.' && out.size() >= 2) {
            Token before = out.get(out.size() - 2);
            if (before.initial() || ABBREVIATIONS_BEFORE_NAMES.contains(before.lower())) {
                return false;
            }
        }
        return c == '.'
                || c == '!'
                || c == '?'
                || c == ':'
                || c == ';'
                || c == '*'
                || c == '\u2022'
                || c == '-'
                || c == '|'
                || c == '>';
    }

    private static Token.Kind kind(String s) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (letter && digit) {
            return Token.Kind.ALNUM;
        }
        return letter ? Token.Kind.WORD : digit ? Token.Kind.NUMBER : Token.Kind.PUNCT;
    }
}
