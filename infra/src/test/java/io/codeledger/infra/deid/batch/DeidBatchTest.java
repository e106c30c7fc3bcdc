package io.codeledger.infra.deid.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.infra.deid.DeidOptions;
import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.SweepFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidBatchTest {

    @TempDir
    Path tmp;

    @Test
    void writesTextAndSpansForThousandsOfFilesInOneRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(
                    in.resolve("note" + i + ".txt"), "Dr. Okonkwo saw the patient on 7/22. MRN " + (1000000 + i));
        }
        Path out = tmp.resolve("out");
        BatchReport report =
                new DeidBatch(new Deidentifier(), DeidOptions.redact()).run(tmp.resolve("in"), out, 2, n -> {});
        assertThat(report.files()).isEqualTo(2000);
        assertThat(report.clean()).isEqualTo(2000);
        assertThat(Files.readString(out.resolve("sub/note7.txt")))
                .isEqualTo("Dr. [NAME] saw the patient on [DATE]. MRN [MRN]");
        assertThat(Files.readString(out.resolve("sub/note7.spans.jsonl")))
                .isEqualTo("{\"start\": 4, \"end\": 11, \"type\": \"NAME\"}\n"
                        + "{\"start\": 31, \"end\": 35, \"type\": \"DATE\"}\n"
                        + "{\"start\": 41, \"end\": 48, \"type\": \"MRN\"}\n");
        assertThat(report.spansByCategory()).containsEntry(PhiCategory.NAME, 2000L);
    }

    @Test
    void neverWritesTheTextOfARecordTheSweepRejects() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // The engine does not read a bare number after a slash as an identifier; the sweep does.
        Files.writeString(in.resolve("leaky.txt"), "Lungs clear. ab/12345678");
        Files.writeString(in.resolve("clean.txt"), "Lungs clear.");
        Path out = tmp.resolve("out");
        BatchReport report = new DeidBatch(new Deidentifier(), DeidOptions.redact()).run(in, out, 1, n -> {});
        assertThat(report.rejected()).containsOnlyKeys("leaky.txt");
        assertThat(report.rejected().get("leaky.txt")).containsExactly(new SweepFinding(16, PhiCategory.OTHER_ID));
        assertThat(out.resolve("leaky.txt")).doesNotExist();
        assertThat(out.resolve("clean.txt")).exists();
        assertThat(Files.readString(out.resolve("rejected/leaky.findings.jsonl")))
                .isEqualTo("{\"offset\": 16, \"category\": \"OTHER_ID\"}\n");
        assertThat(Files.readString(out.resolve("rejected.jsonl")))
                .contains("leaky.txt")
                .contains("OTHER_ID");
    }
}
