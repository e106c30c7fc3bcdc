package io.codeledger.infra.deid.render;

import java.util.List;

/**
 * The output text of a de-identified record and the ranges {@code [start, end)} of it that the
 * engine wrote itself (tags, surrogates, shifted dates), which the second-pass sweep skips.
 */
public record Rendering(String text, List<int[]> written) {}
