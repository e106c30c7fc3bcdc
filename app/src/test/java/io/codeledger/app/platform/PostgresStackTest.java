package io.codeledger.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistPage;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform on the {@code postgres} profile against a real PostgreSQL server. */
class PostgresStackTest {

    @TempDir
    Path dataDir;

    @Test
    void encountersRegisterIntoPostgresAsTheLeastPrivilegeRole() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
                Platform platform = Platform.start(dataDir, postgres.platformProperties())) {
            var report = platform.bean(EncounterImporter.class)
                    .importLines(
                            new BufferedReader(new StringReader(
                                    String.join("\n", SyntheticEncounters.lines("PG-", "Pgcanary", 4)))),
                            TenantId.of("pg"),
                            UserId.of("cli:test"),
                            n -> {});
            platform.bean(ProjectionSync.class).awaitSettled(Duration.ofSeconds(60));
            assertThat(report.registered()).isEqualTo(4);
            WorklistPage page = platform.bean(QueryGateway.class)
                    .query(new FindWorklist(TenantId.of("pg"), WorklistFilter.all(), null, 50), WorklistPage.class)
                    .join();
            assertThat(page.items()).hasSize(4);
            try (Connection c = platform.bean(DataSource.class).getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_user, count(*) FROM DomainEventEntry GROUP BY 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("codeledger_app");
                assertThat(rs.getLong(2)).isGreaterThanOrEqualTo(9);
            }
        }
    }

    @Test
    void concurrentFirstWritesOfANewTenantShareOneDataKey() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
                Platform platform = Platform.start(dataDir, postgres.platformProperties())) {
            var commands = platform.bean(org.axonframework.commandhandling.gateway.CommandGateway.class);
            var json = platform.bean(com.fasterxml.jackson.databind.ObjectMapper.class);
            var lines = SyntheticEncounters.lines("R-", "Racecanary", 8);
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            var results = new java.util.ArrayList<java.util.concurrent.Future<Object>>();
            for (String line : lines) {
                var registration = json.readValue(line, io.codeledger.command.intake.EncounterRegistration.class);
                results.add(pool.submit(() -> {
                    start.await();
                    return commands.sendAndWait(registration.toCommand(TenantId.of("race"), UserId.of("feed"), null));
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
            pool.shutdown();
            try (Connection c = platform.bean(DataSource.class).getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM TenantDataKey WHERE tenantId = 'race'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
        }
    }
}
