package io.codeledger.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A note after analysis: its tokens with their contexts, sentence boundaries (token index ranges
 * {@code [from, to)}) and the n-grams the model reads.
 */
public final class AnalysedText {

    /** The longest n-gram the model reads. */
    public static final int MAX_N = 3;

    private final String text;
    private final List<Token> tokens;
    private final List<int[]> sentences;
    private final MentionContext[] contexts;
    private List<Gram> grams;

    AnalysedText(String text, List<Token> tokens, List<int[]> sentences, MentionContext[] contexts) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.contexts = contexts;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<int[]> sentences() {
        return sentences;
    }

    public MentionContext context(int token) {
        return contexts[token];
    }

    /** Every 1..{@value #MAX_N}-gram of meaningful words, sentence by sentence, in text order. */
    public List<Gram> grams() {
        if (grams == null) {
            grams = buildGrams();
        }
        return grams;
    }

    private List<Gram> buildGrams() {
        List<Gram> out = new ArrayList<>();
        for (int[] sentence : sentences) {
            List<Integer> content = new ArrayList<>();
            for (int i = sentence[0]; i < sentence[1]; i++) {
                if (tokens.get(i).content()) {
                    content.add(i);
                }
            }
            for (int a = 0; a < content.size(); a++) {
                StringBuilder key = new StringBuilder();
                MentionContext context = contexts[content.get(a)];
                for (int n = 0; n < MAX_N && a + n < content.size(); n++) {
                    int token = content.get(a + n);
                    if (contexts[token] != context) {
                        break;
                    }
                    if (n > 0) {
                        key.append(' ');
                    }
                    key.append(tokens.get(token).norm());
                    out.add(new Gram(key.toString(), content.get(a), token, context));
                }
            }
        }
        return out;
    }
}
