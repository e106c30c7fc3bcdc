package io.codeledger.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyserTest {

    private final TextAnalyser analyser = new TextAnalyser();

    private static MentionContext contextOf(AnalysedText text, String word) {
        for (int i = 0; i < text.tokens().size(); i++) {
            if (text.tokens().get(i).lower().equals(word)) {
                return text.context(i);
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void noEvidenceOfNegatesTheFinding() {
        AnalysedText text = analyser.analyse("Chest X-ray showed no evidence of pneumonia. Fever persisted.");
        assertThat(contextOf(text, "pneumonia")).isEqualTo(MentionContext.NEGATED);
        assertThat(contextOf(text, "fever")).isEqualTo(MentionContext.AFFIRMED);
    }

    @Test
    void negationStopsAtButAndAtTheEndOfTheClause() {
        AnalysedText text = analyser.analyse("No fever or cough, but severe abdominal pain; jaundice was noted.");
        assertThat(contextOf(text, "cough")).isEqualTo(MentionContext.NEGATED);
        assertThat(contextOf(text, "pain")).isEqualTo(MentionContext.AFFIRMED);
        assertThat(contextOf(text, "jaundice")).isEqualTo(MentionContext.AFFIRMED);
    }

    @Test
    void ruleOutMakesAMentionHypothetical() {
        AnalysedText text = analyser.analyse("Blood cultures were drawn to rule out sepsis.");
        assertThat(contextOf(text, "sepsis")).isEqualTo(MentionContext.HYPOTHETICAL);
    }

    @Test
    void ruledOutAfterTheFindingNegatesIt() {
        AnalysedText text = analyser.analyse("Pulmonary embolism was ruled out.");
        assertThat(contextOf(text, "embolism")).isEqualTo(MentionContext.NEGATED);
    }

    @Test
    void aRelativesDiseaseIsFamilyHistory() {
        AnalysedText text = analyser.analyse("His mother had breast cancer. He has hypertension.");
        assertThat(contextOf(text, "cancer")).isEqualTo(MentionContext.FAMILY);
        assertThat(contextOf(text, "hypertension")).isEqualTo(MentionContext.AFFIRMED);
    }

    @Test
    void aRelativesMentionEndsAtTheCommaAndLeavesThePatientsHistoryAlone() {
        AnalysedText text = analyser.analyse(
                "She has a history of hypertension and diabetes, her mother had breast cancer, and asthma.");
        assertThat(contextOf(text, "hypertension")).isEqualTo(MentionContext.AFFIRMED);
        assertThat(contextOf(text, "cancer")).isEqualTo(MentionContext.FAMILY);
        assertThat(contextOf(text, "asthma")).isEqualTo(MentionContext.AFFIRMED);
    }

    @Test
    void aConditionInARelativeIsFamilyHistory() {
        AnalysedText text = analyser.analyse("There was colon cancer in his father.");
        assertThat(contextOf(text, "colon")).isEqualTo(MentionContext.FAMILY);
    }

    @Test
    void spellingAndWordingVariantsMeetTheCodeDescriptions() {
        assertThat(TextAnalyser.normalise("Carcinoma")).isEqualTo(TextAnalyser.normalise("cancer"));
        assertThat(TextAnalyser.normalise("oedema")).isEqualTo(TextAnalyser.normalise("edema"));
        assertThat(TextAnalyser.foldDescription("Malignant neoplasm of thyroid gland"))
                .isEqualTo("cancer of thyroid gland");
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String note = "Patient  with\nType 2 Diabetes.";
        AnalysedText text = analyser.analyse(note);
        for (Token token : text.tokens()) {
            assertThat(note.substring(token.start(), token.end()).toLowerCase()).isEqualTo(token.lower());
        }
        assertThat(text.sentences()).hasSize(2);
    }

    @Test
    void familyGramsAreKeptApartInTheLexicon() {
        AnalysedText text = analyser.analyse("Her father had colon cancer.");
        assertThat(text.grams()).extracting(Gram::lexiconKey).contains("fam:colon cancer");
    }
}
