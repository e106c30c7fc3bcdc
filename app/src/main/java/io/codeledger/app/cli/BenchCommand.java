package io.codeledger.app.cli;

import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.encounter.RegisterEncounter;
import io.codeledger.api.phi.DocumentText;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.app.platform.EmbeddedPostgresServer;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.UnsealedBaseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The registration benchmark: encounters with one ~2 KB note each, through the command bus, into
 * the embedded H2 store and into PostgreSQL; prints throughput and command latency percentiles.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark encounter registration into H2 and PostgreSQL (synthetic data only).")
class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--encounters",
            defaultValue = "10000",
            description = "Encounters per store (default: ${DEFAULT-VALUE}).")
    int encounters;

    @Option(names = "--threads", defaultValue = "8", description = "Concurrent senders (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--store", defaultValue = "h2,postgres", split = ",", description = "Stores to run: h2, postgres.")
    List<String> stores;

    @Option(
            names = "--compare-sealing",
            description = "Also run each store without PHI sealing and print the cost ratio.")
    boolean compareSealing;

    @Option(
            names = "--postgres-url",
            description = "Use this PostgreSQL (JDBC URL, app role codeledger_app) instead of an embedded one.")
    String postgresUrl;

    @Override
    public Integer call() throws Exception {
        for (String store : stores) {
            if (!compareSealing) {
                System.out.println(runStore(store.strip(), false).line(store.strip() + " sealed"));
                continue;
            }
            // Alternate the two variants so neither always runs on a cold JVM: unsealed, sealed, unsealed,
            // sealed; each variant's better run is compared.
            Result plain = null;
            Result withSealing = null;
            for (int round = 0; round < 2; round++) {
                Result p = runStore(store.strip(), true);
                System.out.println(p.line(store.strip() + " unsealed"));
                Result s = runStore(store.strip(), false);
                System.out.println(s.line(store.strip() + " sealed"));
                plain = plain == null || p.rate() > plain.rate() ? p : plain;
                withSealing = withSealing == null || s.rate() > withSealing.rate() ? s : withSealing;
            }
            System.out.printf(
                    "%s sealing cost ratio (best unsealed throughput / best sealed throughput): %.3f%n",
                    store.strip(), plain.rate() / withSealing.rate());
        }
        return 0;
    }

    private Result runStore(String store, boolean unsealed) throws Exception {
        Path dir = Files.createTempDirectory("codeledger-bench-");
        List<ApplicationContextInitializer<?>> initializers = unsealed ? List.of(new UnsealedBaseline()) : List.of();
        try {
            return switch (store) {
                case "h2" -> run(dir, initializers);
                case "postgres" ->
                    postgresUrl == null
                            ? runEmbeddedPostgres(dir, initializers)
                            : run(dir, initializers, postgresProperties());
                default -> throw new IllegalArgumentException("unknown store " + store + " (h2 or postgres)");
            };
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private String[] postgresProperties() {
        return new String[] {"spring.profiles.active=postgres", "spring.datasource.url=" + postgresUrl};
    }

    private Result runEmbeddedPostgres(Path dir, List<ApplicationContextInitializer<?>> initializers) throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            return run(dir, initializers, postgres.platformProperties());
        }
    }

    private Result run(Path dir, List<ApplicationContextInitializer<?>> initializers, String... properties)
            throws Exception {
        // the command side alone: the coding workflow would run the model for every synthetic note
        String[] all = Arrays.copyOf(properties, properties.length + 2);
        all[properties.length] = "codeledger.console-log-level=WARN";
        all[properties.length + 1] = "codeledger.coding.auto-suggest=false";
        try (Platform platform = Platform.start(dir, WebApplicationType.NONE, initializers, all)) {
            CommandGateway commands = platform.bean(CommandGateway.class);
            TenantId tenant = TenantId.of("bench");
            UserId actor = UserId.of("bench");
            commands.sendAndWait(new CreateTenant(tenant, "bench", actor));
            warmUp(commands, tenant, actor);
            long[] latencies = new long[encounters];
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < encounters; i = next.getAndIncrement()) {
                        RegisterEncounter command = encounter(tenant, actor, "B" + i);
                        long sent = System.nanoTime();
                        commands.sendAndWait(command);
                        latencies[i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(latencies);
            return new Result(
                    encounters,
                    seconds,
                    latencies[encounters / 2] / 1e6,
                    latencies[(int) Math.min(encounters - 1, Math.ceil(encounters * 0.99) - 1)] / 1e6);
        }
    }

    private void warmUp(CommandGateway commands, TenantId tenant, UserId actor) {
        for (int i = 0; i < 200; i++) {
            commands.sendAndWait(encounter(tenant, actor, "W" + i));
        }
    }

    private static final String NOTE = buildNote();

    private static String buildNote() {
        String sentence = "Patient admitted with community acquired pneumonia of the right lower lobe; treated with "
                + "ceftriaxone and azithromycin, improving. Type 2 diabetes mellitus on metformin. ";
        StringBuilder note = new StringBuilder();
        while (note.length() < 2048) {
            note.append(sentence);
        }
        return note.substring(0, 2048);
    }

    private RegisterEncounter encounter(TenantId tenant, UserId actor, String id) {
        Instant admitted = Instant.parse("2026-10-01T08:00:00Z");
        return new RegisterEncounter(
                tenant,
                EncounterId.of(id),
                new PatientDemographics("MRN-" + id, "Synthetic Patient " + id, "1950-01-01"),
                EncounterType.INPATIENT,
                "Bench Campus",
                admitted,
                admitted.plusSeconds(86_400),
                "Dr. Bench",
                List.of(new ClinicalDocument(DocumentId.of("N" + id), 1, "34117-2", new DocumentText(NOTE))),
                actor,
                null);
    }

    private record Result(int count, double seconds, double p50Millis, double p99Millis) {
        double rate() {
            return count / seconds;
        }

        String line(String store) {
            return String.format(
                    "%-18s %,d encounters in %.1f s = %.0f encounters/s; command latency p50 %.2f ms, p99 %.2f ms",
                    store, count, seconds, count / seconds, p50Millis, p99Millis);
        }
    }
}
