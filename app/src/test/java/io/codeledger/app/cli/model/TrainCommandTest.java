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
    void theShippedBuildRegistersNoPassThroughDeidentifier() {
        assertThat(TrainingDeidentifiers.find()).isEmpty();
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
