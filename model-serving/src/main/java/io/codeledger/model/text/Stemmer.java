package io.codeledger.model.text;

import java.util.Set;

/** Harman's "S" stemmer with a few clinical exceptions: folds plurals, keeps everything else. */
final class Stemmer {

    private static final Set<String> KEEP = Set.of(
            "diabetes",
            "herpes",
            "rabies",
            "scabies",
            "series",
            "species",
            "caries",
            "faeces",
            "feces",
            "tuberculosis",
            "paralysis",
            "analysis",
            "dialysis",
            "stenosis",
            "sepsis",
            "ascites",
            "meninges",
            "mumps",
            "measles",
            "lupus",
            "virus",
            "fetus",
            "status",
            "thorax",
            "pelvis",
            "testis",
            "bronchus");

    private Stemmer() {}

    static String stem(String word) {
        int n = word.length();
        if (n <= 3 || KEEP.contains(word)) {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                    ? word.substring(0, n - 2)
                    : word.substring(0, n - 1);
        }
        if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
