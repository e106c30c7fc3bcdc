package io.codeledger.model.text;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds spelling and wording variants so notes (often machine-translated, British or Spanish
 * influenced) meet the US code descriptions: British spellings, and a few words the descriptions
 * say differently ("carcinoma" and "cancer" for "malignant neoplasm", "tumour", "neoplasia").
 */
final class Synonyms {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("carcinoma", "cancer"),
            Map.entry("adenocarcinoma", "cancer"),
            Map.entry("malignancy", "cancer"),
            Map.entry("tumour", "tumor"),
            Map.entry("neoplasia", "neoplasm"),
            Map.entry("oedema", "edema"),
            Map.entry("haematuria", "hematuria"),
            Map.entry("haemorrhage", "hemorrhage"),
            Map.entry("haematoma", "hematoma"),
            Map.entry("anaemia", "anemia"),
            Map.entry("oesophagus", "esophagus"),
            Map.entry("oesophageal", "esophageal"),
            Map.entry("diarrhoea", "diarrhea"),
            Map.entry("dyspnoea", "dyspnea"),
            Map.entry("leukaemia", "leukemia"),
            Map.entry("paediatric", "pediatric"),
            Map.entry("haemoptysis", "hemoptysis"),
            Map.entry("ischaemia", "ischemia"),
            Map.entry("ischaemic", "ischemic"),
            Map.entry("lithiasis", "calculus"));
    private static final Pattern MALIGNANT_NEOPLASM = Pattern.compile("\\bmalignant neoplasms?\\b");

    private Synonyms() {}

    /** The canonical form of a lower-case word. */
    static String word(String lower) {
        return WORDS.getOrDefault(lower, lower);
    }

    /** A lower-case code description with multi-word variants folded ("malignant neoplasm" -> "cancer"). */
    static String description(String lower) {
        return MALIGNANT_NEOPLASM.matcher(lower).replaceAll("cancer");
    }
}
