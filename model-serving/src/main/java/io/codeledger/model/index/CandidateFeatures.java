package io.codeledger.model.index;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import java.util.List;
import java.util.Map;

/**
 * Computes the ranker's features (see {@link RankerFeatures}) for the kept candidates of one code
 * system of one note, including features relative to the note's strongest candidate.
 */
final class CandidateFeatures {

    private final ModelIndex index;
    private final float[] categoryScores;
    private final SentenceWords words;
    private final float maxLex;
    private final float maxNeighbour;
    private final float maxAligned;

    CandidateFeatures(
            ModelIndex index,
            float[] categoryScores,
            SentenceWords words,
            List<Map.Entry<IcdCode, CodeEvidence>> candidates) {
        this.index = index;
        this.categoryScores = categoryScores;
        this.words = words;
        float lex = 0f;
        float neighbour = 0f;
        float aligned = 0f;
        for (Map.Entry<IcdCode, CodeEvidence> e : candidates) {
            lex = Math.max(lex, e.getValue().top[0]);
            neighbour = Math.max(neighbour, e.getValue().neighbour);
            aligned = Math.max(aligned, e.getValue().alignedMax);
        }
        this.maxLex = lex;
        this.maxNeighbour = neighbour;
        this.maxAligned = aligned;
    }

    /** The features of one candidate; {@code rank} is its place by pre-score among the kept ones. */
    float[] of(IcdCode code, CodeEvidence ev, int rank) {
        float[] f = new float[RankerFeatures.COUNT];
        int id = index.lexicon().id(code);
        int codeDocs = id < 0 ? 0 : index.lexicon().codeDocs(id);
        boolean procedure = code.system() == CodeSystem.ICD10PCS;
        f[0] = ev.top[0];
        f[1] = ev.top[1];
        f[2] = ev.top[0] + ev.top[1] + ev.top[2];
        f[3] = (float) (Math.log1p(ev.bestCooc) / Math.log(100));
        f[4] = (float) (Math.log1p(ev.bestDocs) / Math.log(500));
        f[5] = ev.bestLength / 3f;
        f[6] = (float) (Math.log1p(ev.strongGrams) / Math.log(20));
        f[7] = (float) (Math.log1p(ev.bestMentions) / Math.log(10));
        f[8] = ev.familyMax;
        f[9] = ev.nonAffirmedMax;
        f[10] = CandidateExtractor.score(index.categories(), categoryScores, ModelIndex.category(code));
        f[11] = codeDocs / (float) index.lexicon().docCount();
        f[12] = (float) (Math.log1p(codeDocs) / Math.log1p(index.lexicon().docCount()));
        f[13] = ev.descFull ? 1f : 0f;
        float[] coverage = words.coverage(index.descriptions(), code);
        f[14] = coverage[0];
        f[15] = coverage[1];
        f[16] = Math.min(ev.descWords, 6) / 6f;
        f[17] = ev.descNonAffirmed ? 1f : 0f;
        f[18] = id >= 0 ? 1f : 0f;
        f[19] = procedure ? 1f : 0f;
        f[20] = index.partial(code) ? 1f : 0f;
        f[21] = index.codeSet().lookup(code).isPresent() ? 1f : 0f;
        f[22] = f[18] * f[13];
        f[23] = procedure ? f[0] : 0f;
        f[24] = ev.alignedMax;
        f[25] = (float) Math.sqrt(ev.top[0]);
        f[26] = ev.top[0] >= 0.5f ? 1f : 0f;
        f[27] = ev.alignedMax * (1 - f[11]);
        f[28] = ev.neighbour;
        f[29] = (float) Math.sqrt(ev.neighbour);
        float prior = (codeDocs + 0.5f) / (index.lexicon().docCount() + 1f);
        f[30] = (float) Math.max(0, Math.log((ev.top[0] + 1e-3) / prior) / Math.log(1000));
        f[31] = (float) Math.max(0, Math.log((ev.neighbour + 1e-3) / prior) / Math.log(1000));
        f[32] = (float) Math.max(0, Math.log((ev.alignedMax + 1e-3) / prior) / Math.log(1000));
        f[33] = maxLex == 0 ? 0f : ev.top[0] / maxLex;
        f[34] = maxNeighbour == 0 ? 0f : ev.neighbour / maxNeighbour;
        f[35] = maxAligned == 0 ? 0f : ev.alignedMax / maxAligned;
        f[36] = (float) (Math.log1p(rank) / Math.log1p(CandidateExtractor.MAX_PER_SYSTEM));
        f[37] = ev.affirmedMax;
        f[38] = ev.descAffirmed ? 1f : 0f;
        f[39] = ev.unasserted(CandidateExtractor.familyHistoryCode(code)) ? 1f : 0f;
        f[40] = (float) (Math.log1p(ev.logOddsSum) / Math.log(500));
        f[41] = (float) (Math.log1p(ev.logOddsStrong) / Math.log(100));
        return f;
    }
}
