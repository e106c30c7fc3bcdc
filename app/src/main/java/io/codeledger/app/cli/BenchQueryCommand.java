package io.codeledger.app.cli;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.app.platform.EmbeddedPostgresServer;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionReplay;
import io.codeledger.app.platform.ProjectionSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The query-side benchmark: loads synthetic encounters through the command bus, then times a full
 * projection replay (events/s) and worklist queries with filters and paging (p50/p99).
 */
@Command(
        name = "bench-query",
        mixinStandardHelpOptions = true,
        description = "Benchmark projection replay and worklist queries (synthetic data only).")
class BenchQueryCommand implements Callable<Integer> {

    @Option(
            names = "--encounters",
            defaultValue = "20000",
            description = "Encounters to load (default: ${DEFAULT-VALUE}).")
    int encounters;

    @Option(
            names = "--queries",
            defaultValue = "200",
            description = "Worklist queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--store", defaultValue = "h2", description = "Event store: h2 or postgres (embedded).")
    String store;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("codeledger-bench-query-");
        try {
            if (store.equals("postgres")) {
                try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
                    run(dir, postgres.platformProperties());
                }
            } else {
                run(dir);
            }
            return 0;
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private void run(Path dir, String... properties) throws Exception {
        // the command side alone: the coding workflow would run the model for every synthetic note
        String[] all = Arrays.copyOf(properties, properties.length + 2);
        all[properties.length] = "codeledger.console-log-level=WARN";
        all[properties.length + 1] = "codeledger.coding.auto-suggest=false";
        try (Platform platform = Platform.start(dir, all)) {
            TenantId tenant = TenantId.of("bench");
            long start = System.nanoTime();
            int events = load(platform.bean(CommandGateway.class), tenant);
            platform.bean(ProjectionSync.class).awaitSettled(Duration.ofHours(1));
            System.out.printf(
                    "%s: loaded %,d encounters (%,d events) in %.1f s%n",
                    store, encounters, events, (System.nanoTime() - start) / 1e9);
            ProjectionReplay replay = platform.bean(ProjectionReplay.class);
            long replayStart = System.nanoTime();
            List<String> replayed = replay.replay(null, Duration.ofHours(2));
            double seconds = (System.nanoTime() - replayStart) / 1e9;
            System.out.printf(
                    "%s: replayed %,d events through %d projections %s in %.1f s = %,.0f events/s"
                            + " (%,.0f event deliveries/s)%n",
                    store,
                    events,
                    replayed.size(),
                    replayed,
                    seconds,
                    events / seconds,
                    events * replayed.size() / seconds);
            timeQueries(platform.bean(QueryGateway.class), tenant);
        }
    }

    private int load(CommandGateway commands, TenantId tenant) throws Exception {
        UserId feed = UserId.of("bench-feed");
        commands.sendAndWait(new CreateTenant(tenant, "bench", feed));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        EncounterType[] types = EncounterType.values();
        for (int t = 0; t < 8; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < encounters; i = next.getAndIncrement()) {
                    EncounterId id = EncounterId.of("Q" + i);
                    Instant discharged = Instant.parse("2026-09-01T00:00:00Z").plusSeconds(3_600L * (i % 2_000));
                    commands.sendAndWait(new RegisterEncounter(
                            tenant,
                            id,
                            new PatientDemographics("MRN-Q" + i, "Synthetic Patient " + i, "1950-01-01"),
                            types[i % 3],
                            "Campus " + (i % 5),
                            discharged.minusSeconds(86_400),
                            discharged,
                            "Dr. Bench",
                            List.of(new ClinicalDocument(
                                    DocumentId.of("N" + i),
                                    1,
                                    "34117-2",
                                    new DocumentText("Community acquired pneumonia; type 2 diabetes mellitus."))),
                            feed,
                            null));
                    commands.sendAndWait(new RecordCodeSuggestions(
                            tenant,
                            id,
                            List.of(new CodeSuggestion(
                                    IcdCode.cm("J18.9"),
                                    (i % 100) / 100.0,
                                    List.of(new EvidenceSpan(DocumentId.of("N" + i), 1, 0, 28)))),
                            "sha256:bench",
                            "ICD10CM-FY2026+ICD10PCS-FY2026",
                            UserId.of("model-serving"),
                            null));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return encounters * 3;
    }

    private void timeQueries(QueryGateway gateway, TenantId tenant) {
        List<WorklistFilter> filters = List.of(
                WorklistFilter.all(),
                new WorklistFilter(Set.of(EncounterStatus.SUGGESTED), null, false, null, null, null, null, null, null),
                new WorklistFilter(Set.of(), null, false, EncounterType.EMERGENCY, "Campus 3", null, null, null, null),
                new WorklistFilter(
                        Set.of(),
                        null,
                        false,
                        null,
                        null,
                        Instant.parse("2026-09-20T00:00:00Z"),
                        Instant.parse("2026-10-10T00:00:00Z"),
                        0.2,
                        0.6),
                new WorklistFilter(Set.of(), UserId.of("coder-1"), true, null, null, null, null, null, null));
        for (int i = 0; i < 5; i++) {
            gateway.query(new FindWorklist(tenant, WorklistFilter.all(), null, 50), WorklistPage.class)
                    .join();
        }
        long[] latencies = new long[queries];
        for (int i = 0; i < queries; i++) {
            WorklistFilter filter = filters.get(i % filters.size());
            long start = System.nanoTime();
            WorklistPage page = gateway.query(new FindWorklist(tenant, filter, null, 50), WorklistPage.class)
                    .join();
            if (i % 10 == 0 && page.nextCursor() != null) {
                gateway.query(new FindWorklist(tenant, filter, page.nextCursor(), 50), WorklistPage.class)
                        .join();
            }
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf(
                "%s: worklist queries over %,d encounters: p50 %.1f ms, p99 %.1f ms (%d queries, 5 filter shapes)%n",
                store,
                encounters,
                latencies[queries / 2] / 1e6,
                latencies[(int) Math.ceil(queries * 0.99) - 1] / 1e6,
                queries);
    }
}
