package io.codeledger.model.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.encounter.CodeSuggestion;
import io.codeledger.api.encounter.EvidenceSpan;
import io.codeledger.model.CodeSuggester;
import io.codeledger.model.DocumentInput;
import io.codeledger.model.Suggestions;
import io.codeledger.model.index.MentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledSuggesterTest {

    private static final String PNEUMONIA = "A 70-year-old man presented with fever and cough.\n"
            + "Chest X-ray showed pneumonia of the right lower lobe.\n";
    private static final String NO_PNEUMONIA = "A 70-year-old man presented with fever and cough.\n"
            + "Chest X-ray showed no evidence of pneumonia.\nHis mother had breast cancer.\n";

    private final CodeSuggester suggester = CodeSuggester.loadBundled();

    private static List<IcdCode> codes(Suggestions suggestions) {
        return suggestions.suggestions().stream().map(CodeSuggestion::code).toList();
    }

    @Test
    void suggestsTheStatedDiagnosisWithEvidenceInsideTheText() {
        Suggestions s = suggester.suggest(List.of(new DocumentInput(DocumentId.of("note-1"), 3, PNEUMONIA)), 10);
        assertThat(codes(s)).contains(IcdCode.cm("J18.9"), IcdCode.cm("R50.9"));
        CodeSuggestion pneumonia = s.suggestions().stream()
                .filter(c -> c.code().equals(IcdCode.cm("J18.9")))
                .findFirst()
                .orElseThrow();
        assertThat(pneumonia.evidence()).isNotEmpty();
        for (CodeSuggestion suggestion : s.suggestions()) {
            assertThat(suggestion.confidence()).isBetween(0.0, 1.0);
            for (EvidenceSpan span : suggestion.evidence()) {
                assertThat(span.documentId()).isEqualTo(DocumentId.of("note-1"));
                assertThat(span.documentVersion()).isEqualTo(3);
                assertThat(span.start()).isGreaterThanOrEqualTo(0).isLessThan(span.end());
                assertThat(span.end()).isLessThanOrEqualTo(PNEUMONIA.length());
            }
        }
        assertThat(PNEUMONIA.substring(
                        pneumonia.evidence().get(0).start(),
                        pneumonia.evidence().get(0).end()))
                .containsIgnoringCase("pneumonia");
    }

    @Test
    void aNegatedFindingIsNotSuggested() {
        Suggestions s = suggester.suggest(List.of(new DocumentInput(DocumentId.of("note-2"), 1, NO_PNEUMONIA)), 50);
        assertThat(codes(s)).doesNotContain(IcdCode.cm("J18.9"));
        assertThat(codes(s)).contains(IcdCode.cm("R50.9"));
    }

    @Test
    void theCorpusPolicyKeepsADeniedCodeButFlagsIt() {
        OnnxCodeSuggester model = OnnxCodeSuggester.loadBundled();
        List<OnnxCodeSuggester.ScoredCode> clinical = model.rank(NO_PNEUMONIA, MentionPolicy.CLINICAL);
        List<OnnxCodeSuggester.ScoredCode> corpus = model.rank(NO_PNEUMONIA, MentionPolicy.CODIESP_ANNOTATION);
        assertThat(clinical).noneMatch(OnnxCodeSuggester.ScoredCode::unasserted);
        assertThat(corpus)
                .filteredOn(s -> s.code().equals(IcdCode.cm("J18.9")))
                .singleElement()
                .satisfies(s -> assertThat(s.unasserted()).isTrue());
    }

    @Test
    void aRelativesDiseaseIsNotSuggestedAsThePatients() {
        Suggestions s = suggester.suggest(List.of(new DocumentInput(DocumentId.of("note-3"), 1, NO_PNEUMONIA)), 50);
        assertThat(codes(s)).noneMatch(c -> c.value().startsWith("C50"));
    }

    @Test
    void suggestionsCarryTheModelHashAndAreRankedByConfidence() {
        Suggestions s = suggester.suggest(List.of(new DocumentInput(DocumentId.of("note-4"), 1, PNEUMONIA)), 5);
        assertThat(s.modelHash()).startsWith("sha256:").isEqualTo(suggester.modelHash());
        assertThat(s.codeSetVersion()).isEqualTo("ICD10CM-FY2026+ICD10PCS-FY2026");
        assertThat(s.suggestions()).hasSizeLessThanOrEqualTo(5);
        assertThat(s.suggestions())
                .extracting(CodeSuggestion::confidence)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
