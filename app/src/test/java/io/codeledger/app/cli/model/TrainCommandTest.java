package io.codeledger.app.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

    @Test
    void trainRefusesToRunWithoutADeidentifierAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("model");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new TrainCommand(Optional::empty))
                    .execute("--corpus", "../data-sets/codiesp", "--out", out.toString());
        } finally {
            System.setErr(originalErr);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("CL-MODEL-001")
                .contains("de-identification");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void theShippedBuildTrainsOnlyThroughThePlatformsDeidentificationEngine() {
        var deidentifier = TrainingDeidentifiers.find().orElseThrow();
        assertThat(deidentifier).isInstanceOf(io.codeledger.app.wiring.PlatformTextDeidentifier.class);
        var outcome = deidentifier.deidentify("Seen by Dr. Marlowe Quintana on 07/22/2019 at 555-867-5309.");
        assertThat(outcome.rejected()).isFalse();
        assertThat(outcome.text())
                .doesNotContain("Quintana")
                .doesNotContain("07/22")
                .doesNotContain("867-5309");
    }

    @Test
    void percentilesComeFromTheSortedSamples() {
        double[] sorted = new double[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(BenchModelCommand.percentile(sorted, 0.50)).isEqualTo(50);
        assertThat(BenchModelCommand.percentile(sorted, 0.99)).isEqualTo(99);
    }
}
