package io.codeledger.app.phi;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.api.tenant.ShredTenantPhi;
import io.codeledger.app.platform.EncounterImporter;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionReplay;
import io.codeledger.app.platform.ProjectionSync;
import io.codeledger.app.platform.SyntheticEncounters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issue 3: two tenants through the whole embedded stack, not one plaintext PHI byte
 * anywhere in the data directory; after tenant A is shredded its PHI is unreadable and B's intact,
 * across a restart and a full replay.
 */
class PhiAtRestTest {

    private static final TenantId A = TenantId.of("tenant-a");
    private static final TenantId B = TenantId.of("tenant-b");
    private static final String CANARY_A = "Alphacanaryqz";
    private static final String CANARY_B = "Bravocanaryqz";

    @TempDir
    Path dataDir;

    @Test
    void noPlaintextPhiOnDiskAndShreddingErasesOnlyOneTenant() throws Exception {
        try (Platform platform = Platform.start(dataDir)) {
            importInto(platform, A, SyntheticEncounters.lines("A-", CANARY_A, 15));
            importInto(platform, B, SyntheticEncounters.lines("B-", CANARY_B, 15));
            assertThat(names(platform, A)).allMatch(n -> n.startsWith(CANARY_A));
        }
        assertThat(plaintextHits(CANARY_A, CANARY_B, "Testpatient", "right lower lobe"))
                .isEmpty();

        try (Platform platform = Platform.start(dataDir)) {
            platform.bean(CommandGateway.class)
                    .sendAndWait(new ShredTenantPhi(A, UserId.of("admin-two"), UserId.of("admin-one")));
            assertShreddedAandIntactB(platform);
        }
        try (Platform restarted = Platform.start(dataDir)) {
            assertShreddedAandIntactB(restarted);
            restarted.bean(ProjectionReplay.class).replay(null, Duration.ofMinutes(2));
            assertShreddedAandIntactB(restarted);
            assertThat(worklist(restarted, A))
                    .hasSize(15)
                    .allSatisfy(item -> assertThat(item.type()).isNotNull());
        }
        assertThat(plaintextHits(CANARY_A, CANARY_B)).isEmpty();
    }

    private void assertShreddedAandIntactB(Platform platform) {
        assertThat(names(platform, A)).hasSize(15).allMatch(n -> n.contains("shredded"));
        assertThat(names(platform, B)).hasSize(15).allMatch(n -> n.startsWith(CANARY_B));
    }

    private static void importInto(Platform platform, TenantId tenant, List<String> lines) throws IOException {
        platform.bean(EncounterImporter.class)
                .importLines(
                        new BufferedReader(new StringReader(String.join("\n", lines))),
                        tenant,
                        UserId.of("cli:test"),
                        n -> {});
        platform.bean(ProjectionSync.class).awaitSettled(Duration.ofSeconds(60));
    }

    private static List<WorklistItem> worklist(Platform platform, TenantId tenant) {
        return platform.bean(QueryGateway.class)
                .query(new FindWorklist(tenant, WorklistFilter.all(), null, 100), WorklistPage.class)
                .join()
                .items();
    }

    private static List<String> names(Platform platform, TenantId tenant) {
        return worklist(platform, tenant).stream().map(i -> i.patient().name()).toList();
    }

    /** Every file under the data directory (event store, read models, keys, logs) that holds a needle. */
    private List<String> plaintextHits(String... needles) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    if (content.contains(needle)) {
                        hits.add(dataDir.relativize(file) + " contains a PHI canary");
                    }
                }
            }
        }
        return hits;
    }
}
