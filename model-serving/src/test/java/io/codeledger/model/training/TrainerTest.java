package io.codeledger.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.codeset.BundledCodeSet;
import io.codeledger.model.corpus.CodiespCorpus;
import io.codeledger.model.corpus.CorpusDocument;
import io.codeledger.model.serving.MetadataJson;
import io.codeledger.model.serving.ModelMetadata;
import io.codeledger.model.serving.OnnxCodeSuggester;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains on a small subset of the CodiEsp train split (fast), never the full model. */
class TrainerTest {

    private static final TrainingOptions SMALL = new TrainingOptions(3, 2, 2, 0.3, 4);
    private static List<CorpusDocument> subset;
    private static Trainer trainer;

    @BeforeAll
    static void readSubset() {
        subset = CodiespCorpus.read(Path.of("../data-sets/codiesp"), "train").subList(0, 60);
        trainer = new Trainer(PassThroughDeidentifierForTests.INSTANCE, BundledCodeSet.load(), SMALL);
    }

    @Test
    void theSameSeedGivesTheSameModelHash() {
        Trainer.Result first = trainer.train(subset, 11L);
        Trainer.Result second = trainer.train(subset, 11L);
        assertThat(second.files().contentHash()).isEqualTo(first.files().contentHash());
    }

    @Test
    void aDifferentSeedGivesADifferentModel() {
        assertThat(trainer.train(subset, 1L).files().contentHash())
                .isNotEqualTo(trainer.train(subset, 2L).files().contentHash());
    }

    @Test
    void notesTheDeidentifierRejectsAreLeftOutOfTraining() {
        TextDeidentifier rejectsSome =
                text -> text.contains("pain") ? DeidOutcome.rejected("test: 1 NAME") : DeidOutcome.accepted(text);
        long withPain = subset.stream().filter(d -> d.text().contains("pain")).count();
        Trainer strict = new Trainer(rejectsSome, BundledCodeSet.load(), SMALL);
        Trainer.Result result = strict.train(subset, 3L);
        ModelMetadata metadata = MetadataJson.read(result.files().metadata());
        assertThat(result.rejected()).isEqualTo((int) withPain).isPositive();
        assertThat(metadata.trainingDocuments()).isEqualTo(subset.size() - (int) withPain);
        assertThat(metadata.rejectedDocuments()).isEqualTo((int) withPain);
    }

    @Test
    void theTrainerTrainsOnTheDeidentifiedTextNotTheRawText() {
        TextDeidentifier replaces = text -> DeidOutcome.accepted(text.replace("fever", "[REDACTED]"));
        Trainer.Result result = new Trainer(replaces, BundledCodeSet.load(), SMALL).train(subset, 3L);
        try (OnnxCodeSuggester model = OnnxCodeSuggester.fromFiles(result.files(), BundledCodeSet.load())) {
            ModelMetadata metadata = model.metadata();
            assertThat(metadata.trainingDataHash())
                    .isNotEqualTo(
                            MetadataJson.read(trainer.train(subset, 3L).files().metadata())
                                    .trainingDataHash());
        }
    }

    @Test
    void metadataRecordsSeedCodeSetThresholdsCodesAndRankerFeatures() {
        ModelMetadata metadata =
                MetadataJson.read(trainer.train(subset, 5L).files().metadata());
        assertThat(metadata.seed()).isEqualTo(5L);
        assertThat(metadata.codeSetVersion()).isEqualTo("ICD10CM-FY2026+ICD10PCS-FY2026");
        assertThat(metadata.thresholds()).containsKeys("ICD10CM", "ICD10PCS");
        assertThat(metadata.codes()).isNotEmpty();
        assertThat(metadata.rankerFeatures()).hasSize(io.codeledger.model.index.RankerFeatures.COUNT);
        assertThat(metadata.trainingDataHash()).startsWith("sha256:");
    }
}
