package io.codeledger.model.text;

/**
 * A run of one to three consecutive meaningful words of one sentence, all in the same context. The
 * key is the normalised words joined by spaces; {@code firstToken} and {@code lastToken} index the
 * note's tokens, so the gram's characters are {@code [tokens[first].start, tokens[last].end)}.
 */
public record Gram(String key, int firstToken, int lastToken, MentionContext context) {

    /** The key under which the lexicon stores this gram: family mentions are kept apart. */
    public String lexiconKey() {
        return context == MentionContext.FAMILY ? context.prefix() + key : key;
    }
}
