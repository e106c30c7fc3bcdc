package io.codeledger.model.index;

import java.util.List;

/**
 * The ranker's input features, in the order {@link CandidateExtractor} fills them. Names are what
 * the exported ONNX model's feature map uses; their two-digit prefixes keep that map in this order.
 */
public final class RankerFeatures {

    public static final List<String> NAMES = List.of(
            "f00_lexMax",
            "f01_lexSecond",
            "f02_lexSumTop3",
            "f03_lexBestCooc",
            "f04_lexBestDocs",
            "f05_lexBestLength",
            "f06_lexStrongGrams",
            "f07_lexBestMentions",
            "f08_familyMax",
            "f09_deniedLexMax",
            "f10_categoryMax",
            "f11_priorRate",
            "f12_priorLog",
            "f13_descFull",
            "f14_descSentenceCoverage",
            "f15_descDocCoverage",
            "f16_descWords",
            "f17_descNonAffirmed",
            "f18_seenInTraining",
            "f19_procedure",
            "f20_partialCode",
            "f21_inCodeTable",
            "f22_seenTimesDescFull",
            "f23_procedureTimesLexMax",
            "f24_alignedMax",
            "f25_lexMaxSqrt",
            "f26_lexMaxAtLeastHalf",
            "f27_alignedTimesRarity",
            "f28_neighbourShare",
            "f29_neighbourShareSqrt",
            "f30_lexLift",
            "f31_neighbourLift",
            "f32_alignedLift",
            "f33_lexRelativeToBest",
            "f34_neighbourRelativeToBest",
            "f35_alignedRelativeToBest",
            "f36_prescoreRank",
            "f37_affirmedLexMax",
            "f38_descAffirmed",
            "f39_unasserted",
            "f40_logOddsSum",
            "f41_logOddsStrongGrams");

    public static final int COUNT = NAMES.size();

    private RankerFeatures() {}
}
