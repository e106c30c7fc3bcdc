package io.codeledger.infra.deid.detect;

import io.codeledger.infra.deid.PhiCategory;

/**
 * A proposed identifier span. When candidates overlap, the union of their ranges is removed and the
 * category of the one with the highest {@code priority} is kept (see {@link SpanResolver}).
 */
public record Candidate(int start, int end, PhiCategory category, int priority) {

    /** Priorities: the more specific the evidence, the higher. */
    public static final int STRUCTURED = 100;

    public static final int LABELLED = 90;
    public static final int CONTACT = 80;
    public static final int AGE = 75;
    public static final int DATE = 70;
    public static final int ZIP = 65;
    public static final int ADDRESS = 60;
    public static final int NAME_CONTEXT = 55;
    public static final int PLACE_CONTEXT = 50;
    public static final int NAME_DICTIONARY = 45;
    public static final int PLACE_DICTIONARY = 40;
    public static final int GENERIC_ID = 30;
}
