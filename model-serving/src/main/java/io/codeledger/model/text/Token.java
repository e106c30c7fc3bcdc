package io.codeledger.model.text;

/**
 * One word of a note: its lower-case surface form, its normalised (lightly stemmed) form, its
 * character offsets {@code [start, end)} in the original text, the sentence it belongs to and
 * whether it carries meaning (not a stop word or a bare number).
 */
public record Token(String lower, String norm, int start, int end, int sentence, boolean content) {}
