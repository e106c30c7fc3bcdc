package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns overlapping candidates into disjoint spans: overlapping candidates are merged into their
 * union (removing more is always the safe side) and the merged span takes the category of the
 * highest-priority candidate in it. Leading and trailing whitespace is trimmed.
 */
public final class SpanResolver {

    private SpanResolver() {}

    public static List<PhiSpan> resolve(String text, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
        List<PhiSpan> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Candidate best = sorted.get(i);
            int start = best.start();
            int end = best.end();
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).start() < end) {
                Candidate c = sorted.get(j);
                end = Math.max(end, c.end());
                if (c.priority() > best.priority()) {
                    best = c;
                }
                j++;
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new PhiSpan(start, end, best.category()));
            }
            i = j;
        }
        return out;
    }
}
