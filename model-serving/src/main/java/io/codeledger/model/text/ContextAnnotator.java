package io.codeledger.model.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Marks negated, hypothetical and family-history words, in the manner of NegEx: a trigger phrase
 * opens a scope that runs forward (or backward, for post-triggers such as "was ruled out") to the
 * end of its clause, at most {@value #MAX_SCOPE} meaningful words. Clauses end at sentence ends, at
 * ";" ":" "(" and at words such as "but" or "however". Family triggers ("mother", "family history")
 * cover the words after them up to the next comma (and, after "in"/"of", the words before them).
 * Negation and hypothesis win over family history.
 */
final class ContextAnnotator {

    static final int MAX_SCOPE = 6;

    private enum Direction {
        FORWARD,
        BACKWARD,
        BOTH
    }

    private record Trigger(String[] words, MentionContext context, Direction direction) {}

    private static final List<Trigger> TRIGGERS = List.of(
            // pseudo-triggers first: they look like negations but are not ("not only", "cannot be ruled out")
            t("cannot be ruled out", MentionContext.HYPOTHETICAL, Direction.BOTH),
            t("could not be ruled out", MentionContext.HYPOTHETICAL, Direction.BOTH),
            t("not ruled out", MentionContext.HYPOTHETICAL, Direction.BOTH),
            t("not be ruled out", MentionContext.HYPOTHETICAL, Direction.BOTH),
            t("not excluded", MentionContext.HYPOTHETICAL, Direction.BOTH),
            t("not only", MentionContext.AFFIRMED, Direction.FORWARD),
            t("no change", MentionContext.AFFIRMED, Direction.FORWARD),
            t("no further", MentionContext.AFFIRMED, Direction.FORWARD),
            t("no improvement", MentionContext.AFFIRMED, Direction.FORWARD),
            t("no response", MentionContext.AFFIRMED, Direction.FORWARD),
            t("without improvement", MentionContext.AFFIRMED, Direction.FORWARD),
            t("without response", MentionContext.AFFIRMED, Direction.FORWARD),
            // hypothetical
            t("to rule out", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("rule out", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("r o", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("in case of", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("risk of", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("to exclude", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("to discard", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("differential diagnosis", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            t("if", MentionContext.HYPOTHETICAL, Direction.FORWARD),
            // negation
            t("no evidence of", MentionContext.NEGATED, Direction.FORWARD),
            t("no signs of", MentionContext.NEGATED, Direction.FORWARD),
            t("negative for", MentionContext.NEGATED, Direction.FORWARD),
            t("absence of", MentionContext.NEGATED, Direction.FORWARD),
            t("free of", MentionContext.NEGATED, Direction.FORWARD),
            t("ruled out", MentionContext.NEGATED, Direction.BOTH),
            t("was excluded", MentionContext.NEGATED, Direction.BACKWARD),
            t("were excluded", MentionContext.NEGATED, Direction.BACKWARD),
            t("was discarded", MentionContext.NEGATED, Direction.BACKWARD),
            t("were discarded", MentionContext.NEGATED, Direction.BACKWARD),
            t("not detected", MentionContext.NEGATED, Direction.BACKWARD),
            t("not found", MentionContext.NEGATED, Direction.BACKWARD),
            t("not observed", MentionContext.NEGATED, Direction.BACKWARD),
            t("negative", MentionContext.NEGATED, Direction.BACKWARD),
            t("no", MentionContext.NEGATED, Direction.FORWARD),
            t("not", MentionContext.NEGATED, Direction.FORWARD),
            t("without", MentionContext.NEGATED, Direction.FORWARD),
            t("denies", MentionContext.NEGATED, Direction.FORWARD),
            t("denied", MentionContext.NEGATED, Direction.FORWARD),
            t("never", MentionContext.NEGATED, Direction.FORWARD),
            t("neither", MentionContext.NEGATED, Direction.FORWARD),
            t("nor", MentionContext.NEGATED, Direction.FORWARD));

    private static final Set<String> FAMILY = Set.of(
            "mother",
            "father",
            "sister",
            "brother",
            "grandmother",
            "grandfather",
            "aunt",
            "uncle",
            "cousin",
            "sibling",
            "siblings",
            "parents",
            "relatives",
            "maternal",
            "paternal",
            "niece",
            "nephew");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "the", "patient", "s", "a", "one");
    private static final Set<String> BACKWARD = Set.of("in", "of", "by", "from");
    private static final Set<String> TERMINATORS = Set.of(
            "but",
            "however",
            "although",
            "though",
            "except",
            "yet",
            "nevertheless",
            "whereas",
            "which",
            "who",
            "presenting",
            "presents",
            "showing",
            "secondary",
            "because",
            "due",
            "since",
            "after",
            "then");

    private static Trigger t(String phrase, MentionContext context, Direction direction) {
        return new Trigger(phrase.split(" "), context, direction);
    }

    MentionContext[] annotate(List<Token> tokens, List<int[]> sentences, String text) {
        MentionContext[] marks = new MentionContext[tokens.size()];
        Arrays.fill(marks, MentionContext.AFFIRMED);
        boolean[] clauseStart = clauseStarts(tokens, text);
        boolean[] phraseStart = phraseStarts(tokens, text, clauseStart);
        for (int[] sentence : sentences) {
            markFamily(tokens, marks, phraseStart, sentence[0], sentence[1]);
            int i = sentence[0];
            while (i < sentence[1]) {
                Trigger trigger = match(tokens, i, sentence[1]);
                if (trigger == null) {
                    i++;
                    continue;
                }
                int after = i + trigger.words().length;
                for (int k = i; k < after; k++) {
                    marks[k] = trigger.context();
                }
                if (trigger.direction() != Direction.BACKWARD) {
                    scope(tokens, marks, clauseStart, after, sentence[1], 1, trigger.context());
                }
                if (trigger.direction() != Direction.FORWARD) {
                    scope(tokens, marks, clauseStart, i - 1, sentence[0] - 1, -1, trigger.context());
                }
                i = after;
            }
        }
        return marks;
    }

    private static void scope(
            List<Token> tokens,
            MentionContext[] marks,
            boolean[] clauseStart,
            int from,
            int stop,
            int step,
            MentionContext context) {
        int content = 0;
        for (int k = from; k != stop && content < MAX_SCOPE; k += step) {
            if (step > 0 && clauseStart[k] || TERMINATORS.contains(tokens.get(k).lower())) {
                return;
            }
            marks[k] = context;
            if (tokens.get(k).content()) {
                content++;
            }
            if (step < 0 && clauseStart[k]) {
                return;
            }
        }
    }

    /**
     * A relative's mention covers the words after it up to the next comma or clause end ("her
     * mother had breast cancer, ..."), and the words before it when it follows "in", "of", "by" or
     * "from" ("breast cancer in her mother").
     */
    private static void markFamily(
            List<Token> tokens, MentionContext[] marks, boolean[] phraseStart, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).lower();
            boolean history = word.equals("family")
                    && i + 1 < to
                    && tokens.get(i + 1).lower().startsWith("histor");
            if (!FAMILY.contains(word) && !history) {
                continue;
            }
            int end = i + 1;
            while (end < to
                    && !phraseStart[end]
                    && !TERMINATORS.contains(tokens.get(end).lower())) {
                end++;
            }
            int start = i;
            int before = i - 1;
            while (before >= from && POSSESSIVES.contains(tokens.get(before).lower())) {
                before--;
            }
            if (before >= from
                    && !phraseStart[before + 1]
                    && BACKWARD.contains(tokens.get(before).lower())) {
                start = before;
                while (start > from
                        && !phraseStart[start]
                        && !TERMINATORS.contains(tokens.get(start - 1).lower())) {
                    start--;
                }
            }
            Arrays.fill(marks, start, end, MentionContext.FAMILY);
            i = end - 1;
        }
    }

    private static Trigger match(List<Token> tokens, int at, int end) {
        for (Trigger trigger : TRIGGERS) {
            String[] words = trigger.words();
            if (at + words.length > end) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = tokens.get(at + k).lower().equals(words[k]);
            }
            if (all) {
                return trigger;
            }
        }
        return null;
    }

    /** Clause starts plus words after a comma: where a relative's mention ends. */
    private static boolean[] phraseStarts(List<Token> tokens, String text, boolean[] clauseStart) {
        boolean[] starts = clauseStart.clone();
        for (int k = 1; k < tokens.size(); k++) {
            starts[k] |= text.substring(tokens.get(k - 1).end(), tokens.get(k).start())
                            .indexOf(',')
                    >= 0;
        }
        return starts;
    }

    private static boolean[] clauseStarts(List<Token> tokens, String text) {
        boolean[] starts = new boolean[tokens.size()];
        for (int k = 1; k < tokens.size(); k++) {
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            starts[k] = tokens.get(k).sentence() != tokens.get(k - 1).sentence()
                    || gap.indexOf(';') >= 0
                    || gap.indexOf(':') >= 0
                    || gap.indexOf('(') >= 0
                    || gap.indexOf(')') >= 0;
        }
        if (starts.length > 0) {
            starts[0] = true;
        }
        return starts;
    }
}
