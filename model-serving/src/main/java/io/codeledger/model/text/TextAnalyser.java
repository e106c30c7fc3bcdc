package io.codeledger.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a note into sentences and words, normalises the words and marks the context of each
 * (see {@link ContextAnnotator}). Offsets always point into the text as given, so evidence spans
 * can be shown to a coder on the original document.
 */
public final class TextAnalyser {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "with",
            "by",
            "from",
            "as",
            "is",
            "was",
            "were",
            "are",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "having",
            "do",
            "does",
            "did",
            "this",
            "that",
            "these",
            "those",
            "it",
            "its",
            "he",
            "she",
            "his",
            "her",
            "him",
            "they",
            "them",
            "their",
            "we",
            "our",
            "i",
            "me",
            "my",
            "you",
            "your",
            "which",
            "who",
            "whom",
            "whose",
            "what",
            "when",
            "where",
            "while",
            "after",
            "before",
            "during",
            "than",
            "then",
            "there",
            "also",
            "but",
            "if",
            "so",
            "such",
            "into",
            "over",
            "under",
            "up",
            "down",
            "out",
            "about",
            "between",
            "both",
            "each",
            "any",
            "all",
            "some",
            "other",
            "more",
            "most",
            "very",
            "can",
            "could",
            "may",
            "might",
            "will",
            "would",
            "should",
            "shall",
            "must",
            "no",
            "not",
            "nor",
            "without",
            "since",
            "until",
            "upon",
            "via",
            "per",
            "due",
            "because",
            "although",
            "however",
            "whereas",
            "through",
            "year",
            "old",
            "patient",
            "case",
            "time",
            "day",
            "days",
            "month",
            "months",
            "week",
            "weeks",
            "years",
            "one",
            "two",
            "three",
            "first",
            "second",
            "later",
            "present",
            "presented",
            "showed",
            "shows",
            "show",
            "revealed",
            "performed",
            "observed",
            "reported",
            "admitted",
            "admission");
    private static final Set<String> SINGLE_LETTER_WORDS = Set.of("x");

    private final ContextAnnotator contexts = new ContextAnnotator();

    /** Analyses one note. */
    public AnalysedText analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        int sentence = 0;
        int sentenceStart = 0;
        int last = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!tokens.isEmpty() && endsSentence(text, last, m.start())) {
                sentences.add(new int[] {sentenceStart, tokens.size()});
                sentenceStart = tokens.size();
                sentence++;
            }
            String lower = m.group().toLowerCase(Locale.ROOT);
            tokens.add(new Token(
                    lower, Stemmer.stem(Synonyms.word(lower)), m.start(), m.end(), sentence, isContent(lower)));
            last = m.end();
        }
        if (sentenceStart < tokens.size()) {
            sentences.add(new int[] {sentenceStart, tokens.size()});
        }
        MentionContext[] marked = contexts.annotate(tokens, sentences, text);
        return new AnalysedText(text, List.copyOf(tokens), List.copyOf(sentences), marked);
    }

    /** Whether a normalised word carries meaning for coding. */
    public static boolean isContent(String lower) {
        if (STOP.contains(lower) || lower.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return lower.length() > 1 || SINGLE_LETTER_WORDS.contains(lower);
    }

    /** The normalised form a description word takes, so descriptions and notes meet. */
    public static String normalise(String word) {
        return Stemmer.stem(Synonyms.word(word.toLowerCase(Locale.ROOT)));
    }

    /** A code description with its multi-word variants folded, before it is split into words. */
    public static String foldDescription(String description) {
        return Synonyms.description(description.toLowerCase(Locale.ROOT));
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                return Character.isUpperCase(text.charAt(to));
            }
        }
        return false;
    }
}
