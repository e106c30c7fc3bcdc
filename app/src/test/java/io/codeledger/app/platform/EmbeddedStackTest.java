package io.codeledger.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Import, worklist and replay through the whole embedded stack (H2 event store, embedded MongoDB). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedStackTest {

    private static final TenantId NORTH = TenantId.of("north");
    private static final TenantId SOUTH = TenantId.of("south");
    private static final UserId OPERATOR = UserId.of("cli:test");

    @TempDir
    static Path dataDir;

    private Platform platform;

    @BeforeAll
    void start() {
        platform = Platform.start(dataDir);
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    private EncounterImporter.Report importLines(TenantId tenant, List<String> lines) throws Exception {
        EncounterImporter.Report report = platform.bean(EncounterImporter.class)
                .importLines(new BufferedReader(new StringReader(String.join("\n", lines))), tenant, OPERATOR, n -> {});
        platform.bean(ProjectionSync.class).awaitSettled(Duration.ofSeconds(60));
        return report;
    }

    private List<WorklistItem> worklist(TenantId tenant) {
        List<WorklistItem> items = new ArrayList<>();
        String cursor = null;
        do {
            WorklistPage page = platform.bean(QueryGateway.class)
                    .query(new FindWorklist(tenant, WorklistFilter.all(), cursor, 7), WorklistPage.class)
                    .join();
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }

    @Test
    void importedEncountersAppearOnTheWorklistWhenImportReturns() throws Exception {
        var report = importLines(NORTH, SyntheticEncounters.lines("N-", "Northcanary", 20));
        assertThat(report.registered()).isEqualTo(20);
        List<WorklistItem> items = worklist(NORTH);
        assertThat(items).hasSize(20);
        assertThat(items).allSatisfy(item -> assertThat(item.patient().name()).startsWith("Northcanary"));
        assertThat(items).extracting(WorklistItem::priority).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void badLinesAreReportedByNumberAndGoodLinesStillImport() throws Exception {
        List<String> lines = new ArrayList<>(SyntheticEncounters.lines("B-", "Badcanary", 3));
        lines.add(1, "{\"encounterId\": \"broken\", ");
        lines.add(SyntheticEncounters.line("B-unknowntype", "Badcanary9", "WARD"));
        var report = importLines(SOUTH, lines);
        assertThat(report.registered()).isEqualTo(3);
        assertThat(report.rejections())
                .extracting(EncounterImporter.Rejection::line)
                .containsExactly(2L, 5L);
        assertThat(report.rejections().get(1).reason()).contains("type must be");
        assertThat(report.rejections().toString()).doesNotContain("Badcanary");
    }

    @Test
    void reimportingTheSameEncountersChangesNothing() throws Exception {
        List<String> lines = SyntheticEncounters.lines("R-", "Recanary", 5);
        importLines(TenantId.of("reimport"), lines);
        var again = importLines(TenantId.of("reimport"), lines);
        assertThat(again.registered()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(5);
        assertThat(worklist(TenantId.of("reimport"))).hasSize(5);
    }

    @Test
    void tenantsNeverSeeEachOthersEncounters() throws Exception {
        importLines(TenantId.of("iso-a"), SyntheticEncounters.lines("X-", "Isoa", 3));
        importLines(TenantId.of("iso-b"), SyntheticEncounters.lines("X-", "Isob", 2));
        assertThat(worklist(TenantId.of("iso-a")))
                .hasSize(3)
                .allSatisfy(i -> assertThat(i.patient().name()).startsWith("Isoa"));
        assertThat(worklist(TenantId.of("iso-b")))
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.patient().name()).startsWith("Isob"));
    }

    @Test
    void aFullReplayRebuildsAnIdenticalWorklist() throws Exception {
        importLines(TenantId.of("replay"), SyntheticEncounters.lines("P-", "Replaycanary", 12));
        List<WorklistItem> before = worklist(TenantId.of("replay"));
        platform.bean(ProjectionReplay.class).replay(null, Duration.ofSeconds(120));
        assertThat(worklist(TenantId.of("replay"))).isEqualTo(before);
    }

    @Test
    void liveWorklistSubscribersReceiveEveryChangeOfTheirTenantOnly() throws Exception {
        var live = platform.bean(QueryGateway.class)
                .subscriptionQuery(
                        new FindWorklist(TenantId.of("live"), WorklistFilter.all(), null, 50),
                        WorklistPage.class,
                        WorklistItem.class);
        List<WorklistItem> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.updates().subscribe(received::add);
        importLines(TenantId.of("live"), SyntheticEncounters.lines("L-", "Livecanary", 2));
        importLines(TenantId.of("not-live"), SyntheticEncounters.lines("L-", "Othercanary", 2));
        live.close();
        assertThat(received).extracting(i -> i.encounterId().value()).contains("L-0", "L-1");
        assertThat(received).allSatisfy(i -> assertThat(i.patient().name()).startsWith("Livecanary"));
        assertThat(received)
                .anySatisfy(
                        i -> assertThat(i.status()).isEqualTo(io.codeledger.api.encounter.EncounterStatus.DOCUMENTED));
    }

    @Test
    void aLongLivedEncounterIsSnapshottedAndStillLoadsCorrectly() throws Exception {
        TenantId tenant = TenantId.of("snap");
        importLines(tenant, List.of(SyntheticEncounters.line("S-1", "Snapcanary", "INPATIENT")));
        var commands = platform.bean(org.axonframework.commandhandling.gateway.CommandGateway.class);
        var id = io.codeledger.api.common.EncounterId.of("S-1");
        for (int i = 0; i < 60; i++) {
            commands.sendAndWait(new io.codeledger.api.encounter.AssignEncounter(
                    tenant, id, UserId.of("coder-" + (i % 3)), UserId.of("sup"), "assign-" + i));
        }
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(platform.bean(javax.sql.DataSource.class));
        Long snapshots = null;
        for (int attempt = 0; attempt < 50 && (snapshots == null || snapshots == 0); attempt++) {
            Thread.sleep(100);
            snapshots = jdbc.queryForObject(
                    "SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = 'encounter:snap:S-1'",
                    Long.class);
        }
        assertThat(snapshots).isPositive();
        // the idempotency ledger and the assignee survive the snapshot: a repeated key has no effect,
        // and only the last assignee may claim
        commands.sendAndWait(new io.codeledger.api.encounter.AssignEncounter(
                tenant, id, UserId.of("coder-9"), UserId.of("sup"), "assign-5"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.sendAndWait(
                        new io.codeledger.api.encounter.ClaimEncounter(tenant, id, UserId.of("coder-9"), null)))
                .hasMessageContaining("assigned to another coder");
        commands.sendAndWait(new io.codeledger.api.encounter.ClaimEncounter(tenant, id, UserId.of("coder-2"), null));
    }
}
