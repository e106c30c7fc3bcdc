package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.app.platform.EncounterImporter;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Registers encounters from an NDJSON file; re-importing the same file changes nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Register encounters from NDJSON (one encounter per line, the REST registration body).")
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id (created if absent).")
    String tenant;

    @Parameters(index = "0", paramLabel = "FILE.ndjson", description = "Encounters, one JSON object per line.")
    Path file;

    @Override
    public Integer call() throws Exception {
        TenantId tenantId = TenantId.of(tenant);
        if (!Files.isReadable(file)) {
            System.err.println("CL-IMP-003: cannot read " + file);
            return 2;
        }
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN");
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Progress progress = new Progress("importing");
            EncounterImporter.Report report = platform.bean(EncounterImporter.class)
                    .importLines(reader, tenantId, Operator.current(), progress::update);
            progress.done();
            platform.bean(ProjectionSync.class).awaitSettled(Duration.ofMinutes(10));
            report.rejections().forEach(r -> System.out.println(r));
            System.out.println(report.summary());
            return report.rejections().isEmpty() ? 0 : 1;
        }
    }
}
