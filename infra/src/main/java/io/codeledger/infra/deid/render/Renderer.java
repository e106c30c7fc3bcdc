package io.codeledger.infra.deid.render;

import io.codeledger.infra.deid.DeidOptions;
import io.codeledger.infra.deid.OutputMode;
import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.PhiSpan;
import io.codeledger.infra.deid.detect.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the output of one record: each span is replaced by its category tag or, in surrogate
 * mode, by a consistent surrogate; dates are shifted when a shift applies. A date that cannot be
 * parsed for shifting is tagged instead, so nothing is ever copied through.
 */
public final class Renderer {

    private Renderer() {}

    public static Rendering render(String text, List<PhiSpan> spans, DeidOptions options, Lexicon lexicon) {
        boolean surrogate = options.mode() == OutputMode.SURROGATE;
        Integer shift = options.dateShiftDays().isPresent()
                ? Integer.valueOf(options.dateShiftDays().getAsInt())
                : surrogate ? Integer.valueOf(seedShift(options.seed())) : null;
        Surrogates surrogates = surrogate ? new Surrogates(lexicon, options.seed()) : null;
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<int[]> written = new ArrayList<>(spans.size());
        int at = 0;
        for (PhiSpan span : spans) {
            out.append(text, at, span.start());
            String original = text.substring(span.start(), span.end());
            String replacement = replacement(original, span.type(), shift, surrogates);
            int start = out.length();
            out.append(replacement);
            written.add(new int[] {start, out.length()});
            at = span.end();
        }
        out.append(text, at, text.length());
        return new Rendering(out.toString(), written);
    }

    private static String replacement(String original, PhiCategory type, Integer shift, Surrogates surrogates) {
        if (type == PhiCategory.DATE && shift != null) {
            Optional<String> shifted = DateShifter.shift(original, shift);
            if (shifted.isPresent()) {
                return shifted.get();
            }
        }
        return surrogates == null || type == PhiCategory.DATE ? type.redactionTag() : surrogates.of(original, type);
    }

    private static int seedShift(long seed) {
        int value = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L >>> 17, 730L);
        return value < 365 ? -(value + 1) : value - 364;
    }
}
