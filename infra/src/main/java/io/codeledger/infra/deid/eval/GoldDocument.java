package io.codeledger.infra.deid.eval;

import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.PhiSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One annotated note of the gold corpus. Annotations are inline: {@code [[CATEGORY:text]]}, e.g.
 * {@code Dr. [[NAME:Feldman]] saw her on [[DATE:7/22]]}; the category is a {@link PhiCategory}
 * name. Parsing yields the plain note text and the gold spans as offsets into it.
 */
public record GoldDocument(String name, String text, List<PhiSpan> spans) {

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_0-9]+):(.*?)]]", Pattern.DOTALL);

    public GoldDocument {
        spans = List.copyOf(spans);
    }

    /** Parses annotated text; fails on an unknown category so typos cannot silently drop gold spans. */
    public static GoldDocument parse(String name, String annotated) {
        StringBuilder plain = new StringBuilder(annotated.length());
        List<PhiSpan> spans = new ArrayList<>();
        Matcher m = MARK.matcher(annotated);
        int at = 0;
        while (m.find()) {
            plain.append(annotated, at, m.start());
            PhiCategory category;
            try {
                category = PhiCategory.valueOf(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CL-DEID-200: unknown gold category in " + name, e);
            }
            int start = plain.length();
            plain.append(m.group(2));
            spans.add(new PhiSpan(start, plain.length(), category));
            at = m.end();
        }
        plain.append(annotated, at, annotated.length());
        if (plain.indexOf("[[") >= 0 || plain.indexOf("]]") >= 0) {
            throw new IllegalArgumentException("CL-DEID-201: unbalanced gold markup in " + name);
        }
        return new GoldDocument(name, plain.toString(), spans);
    }
}
