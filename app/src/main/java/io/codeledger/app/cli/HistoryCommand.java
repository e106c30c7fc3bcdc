package io.codeledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.query.EncounterHistory;
import io.codeledger.api.query.FindEncounterHistory;
import io.codeledger.api.query.HistoryEntry;
import io.codeledger.app.platform.Platform;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.axonframework.queryhandling.QueryGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints an encounter's audit timeline from the event store as JSON lines. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Print an encounter's audit timeline (from the event store) as JSON lines.")
class HistoryCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id.")
    String tenant;

    @Option(names = "--encounter", required = true, description = "Encounter id.")
    String encounter;

    @Option(
            names = "--as-of",
            description = "Only what had happened by this instant (ISO-8601, e.g. 2026-11-01T12:00:00Z).")
    String asOf;

    @Override
    public Integer call() throws Exception {
        Instant at;
        try {
            at = asOf == null ? null : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            System.err.println("CL-CLI-002: --as-of must be an ISO-8601 instant such as 2026-11-01T12:00:00Z");
            return 2;
        }
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            ObjectMapper json = platform.bean(ObjectMapper.class);
            EncounterHistory history = platform.bean(QueryGateway.class)
                    .query(
                            new FindEncounterHistory(TenantId.of(tenant), EncounterId.of(encounter), at),
                            EncounterHistory.class)
                    .join();
            for (HistoryEntry entry : history.entries()) {
                System.out.println(json.writeValueAsString(entry));
            }
            return 0;
        }
    }
}
