package io.codeledger.model.index;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.model.text.AnalysedText;
import io.codeledger.model.text.MentionContext;
import io.codeledger.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A note's normalised meaningful words per sentence: all stated ones, and the affirmed ones. */
final class SentenceWords {

    private static final int MAX_SPAN = 160;

    final List<Set<String>> affirmed = new ArrayList<>();
    /** Per sentence, the words stated in any context (affirmed, negated, hypothetical, family). */
    final List<Set<String>> stated = new ArrayList<>();

    final Set<String> document = new HashSet<>();
    private final List<int[]> sentences;

    SentenceWords(AnalysedText text) {
        this.sentences = text.sentences();
        for (int[] sentence : sentences) {
            Set<String> yes = new HashSet<>();
            Set<String> all = new HashSet<>();
            for (int i = sentence[0]; i < sentence[1]; i++) {
                Token token = text.tokens().get(i);
                if (!token.content()) {
                    continue;
                }
                MentionContext context = text.context(i);
                if (context == MentionContext.AFFIRMED) {
                    yes.add(token.norm());
                }
                all.add(token.norm());
            }
            affirmed.add(yes);
            stated.add(all);
            document.addAll(all);
        }
    }

    /** The characters of sentence {@code s} that state the phrase's words. */
    int[] span(AnalysedText text, int s, String[] words) {
        Set<String> wanted = Set.of(words);
        int start = -1;
        int end = -1;
        for (int i = sentences.get(s)[0]; i < sentences.get(s)[1]; i++) {
            Token token = text.tokens().get(i);
            if (token.content() && wanted.contains(token.norm())) {
                if (start < 0) {
                    start = token.start();
                } else if (token.end() - start > MAX_SPAN) {
                    break;
                }
                end = token.end();
            }
        }
        return new int[] {start, end};
    }

    /** The best share of a code's phrase words found in one sentence, and anywhere in the note. */
    float[] coverage(DescriptionMatcher matcher, IcdCode code) {
        float bestSentence = 0f;
        float bestDocument = 0f;
        for (int id : matcher.phrasesOf(code)) {
            DescriptionMatcher.Phrase phrase = matcher.phrase(id);
            float n = phrase.words().length;
            bestDocument = Math.max(bestDocument, DescriptionMatcher.coverage(phrase, document) / n);
            if (bestDocument <= bestSentence) {
                continue;
            }
            for (Set<String> sentence : stated) {
                bestSentence = Math.max(bestSentence, DescriptionMatcher.coverage(phrase, sentence) / n);
            }
        }
        return new float[] {bestSentence, bestDocument};
    }
}
