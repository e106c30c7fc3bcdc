package io.codeledger.model.index;

import java.util.ArrayList;
import java.util.List;

/** What one note says for one code while candidates are being gathered; becomes a {@link Candidate}. */
final class CodeEvidence {

    final float[] top = new float[3];
    int strongGrams;
    int bestCooc;
    int bestDocs;
    int bestLength;
    int bestMentions;
    String bestKey;
    float alignedMax;
    float neighbour;
    String alignedKey;
    float familyMax;
    float logOddsSum;
    int logOddsStrong;
    float affirmedMax;
    float nonAffirmedMax;
    boolean descFull;
    boolean descAffirmed;
    boolean descNonAffirmed;
    boolean descSpanAffirmed;
    int descWords;
    final List<int[]> descSpans = new ArrayList<>(2);

    void addLogOdds(float logOdds) {
        if (logOdds > 0f) {
            logOddsSum += logOdds;
            if (logOdds > 1.6f) {
                logOddsStrong++;
            }
        }
    }

    void offer(float p, Lexicon.Entry entry, int cooc, String key, int length, int mentions) {
        if (p > top[0]) {
            top[2] = top[1];
            top[1] = top[0];
            top[0] = p;
            bestCooc = cooc;
            bestDocs = entry.docs();
            bestLength = length;
            bestKey = key;
            bestMentions = mentions;
        } else if (p > top[1]) {
            top[2] = top[1];
            top[1] = p;
        } else if (p > top[2]) {
            top[2] = p;
        }
        if (p >= 0.3f) {
            strongGrams++;
        }
    }

    /**
     * Whether nothing in the note asserts the code of the patient: every mention that names it is
     * negated, hypothetical or (unless it is a family-history code) about a relative — no affirmed
     * lexicon mention at least as strong as those, no affirmed description match.
     */
    boolean unasserted(boolean familyHistoryCode) {
        float denied = Math.max(nonAffirmedMax, familyHistoryCode ? 0f : familyMax);
        float asserted = Math.max(affirmedMax, familyHistoryCode ? familyMax : 0f);
        boolean mentioned = descNonAffirmed || denied > 0f;
        return mentioned && !descAffirmed && asserted < Math.max(CandidateExtractor.MIN_LEX, denied);
    }

    /** The strongest signal, for pruning before the ranker runs. */
    float prescore() {
        float desc = descFull ? (descWords >= 2 ? 0.5f : 0.3f) : 0f;
        return Math.max(Math.max(top[0] + alignedMax + neighbour, familyMax), desc);
    }
}
