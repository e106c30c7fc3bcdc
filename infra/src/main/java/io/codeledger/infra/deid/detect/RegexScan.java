package io.codeledger.infra.deid.detect;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where a match can start (at chosen token starts) instead of at every
 * character, which is what keeps the engine above 1 MB/s: most patterns need a digit or one of a
 * few words to begin. Lookbehinds still see the text before the start (transparent bounds).
 */
final class RegexScan {

    private RegexScan() {}

    /** Calls {@code onMatch} for each non-overlapping match of {@code p} starting at a token that passes {@code start}. */
    static void at(TokenizedText text, Pattern p, Predicate<Token> start, Consumer<MatchResult> onMatch) {
        Matcher m = p.matcher(text.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int last = -1;
        for (Token t : text.tokens()) {
            if (t.start() < last || !start.test(t)) {
                continue;
            }
            m.region(t.start(), text.text().length());
            if (m.lookingAt()) {
                onMatch.accept(m.toMatchResult());
                last = m.end();
            }
        }
    }

    /** Tokens that begin with a digit. */
    static boolean digit(Token t) {
        return Character.isDigit(t.text().charAt(0));
    }

    /** Tokens whose lower-case form is one of {@code words}. */
    static Predicate<Token> words(Set<String> words) {
        return t -> words.contains(t.lower());
    }
}
