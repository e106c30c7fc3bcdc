package io.codeledger.model.index;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything the candidate extractor reads besides the note: the code-level and category-level
 * lexicons learned from training notes, the nearest-neighbour index over those notes, the
 * description matcher over the code set and the code set itself.
 */
public record ModelIndex(
        Lexicon lexicon,
        Lexicon categories,
        NeighbourIndex neighbours,
        DescriptionMatcher descriptions,
        CodeSet codeSet) {

    /** Learns the lexicons and the neighbour index from training observations. */
    public static ModelIndex train(
            List<Lexicon.Observation> observations, int minDocs, DescriptionMatcher descriptions, CodeSet codeSet) {
        Lexicon lexicon = Lexicon.build(observations, Function.identity(), minDocs);
        Lexicon categories = Lexicon.build(observations, ModelIndex::category, minDocs);
        List<Set<String>> noteGrams = new ArrayList<>();
        List<int[]> noteCodes = new ArrayList<>();
        for (Lexicon.Observation o : observations) {
            Set<String> kept = new TreeSet<>();
            o.gramKeys().stream().filter(k -> lexicon.entry(k) != null).forEach(kept::add);
            noteGrams.add(kept);
            noteCodes.add(o.codes().stream().mapToInt(lexicon::id).sorted().toArray());
        }
        return new ModelIndex(
                lexicon, categories, new NeighbourIndex(lexicon, noteGrams, noteCodes), descriptions, codeSet);
    }

    /** Rebuilds an index from what {@link #contents()} serialised. */
    public static ModelIndex from(LexiconCodec.Contents contents, DescriptionMatcher descriptions, CodeSet codeSet) {
        Lexicon lexicon = contents.lexicons().get("codes");
        return new ModelIndex(
                lexicon,
                contents.lexicons().get("categories"),
                new NeighbourIndex(lexicon, contents.noteGrams(), contents.noteCodes()),
                descriptions,
                codeSet);
    }

    /** What the model file stores of this index. */
    public LexiconCodec.Contents contents() {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        lexicons.put("codes", lexicon);
        lexicons.put("categories", categories);
        return new LexiconCodec.Contents(lexicons, neighbours.noteCodes(), neighbours.noteGrams());
    }

    /** The category a code is counted under: its first three characters in both systems. */
    public static IcdCode category(IcdCode code) {
        String bare = code.value().replace(".", "");
        return new IcdCode(code.system(), bare.length() <= 3 ? bare : bare.substring(0, 3));
    }

    /** Whether a code is incomplete: a CM header with children, or a PCS code shorter than seven characters. */
    public boolean partial(IcdCode code) {
        if (code.system() == CodeSystem.ICD10PCS) {
            return code.value().length() < 7;
        }
        return codeSet.lookup(code).map(e -> !e.billable()).orElse(false);
    }
}
