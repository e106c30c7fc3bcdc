package io.codeledger.query.worklist;

import static io.codeledger.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterAssigned;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.query.PlainPhiCodec;
import io.codeledger.query.store.TenantDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorklistProjectionTest {

    private MongoServer server;
    private MongoClient client;
    private WorklistProjection projection;
    private WorklistQueries queries;
    private WorklistRepository repository;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostPort(server.bind()));
        repository = new WorklistRepository(new TenantDatabases(client), new PlainPhiCodec());
        projection = new WorklistProjection(
                repository,
                org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder()
                        .build());
        queries = new WorklistQueries(repository);
    }

    private static String hostPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private void register(String id, EncounterType type, Instant discharged) {
        projection.on(registered(id, type, "North", discharged), 0);
        projection.on(attached(id), 1);
    }

    private List<WorklistItem> all(WorklistFilter filter) {
        List<WorklistItem> items = new ArrayList<>();
        String cursor = null;
        do {
            WorklistPage page = queries.handle(new FindWorklist(T, filter, cursor, 2));
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        register("E1", EncounterType.INPATIENT, AT);
        projection.on(suggested("E1", 0.8), 2);
        var before = repository.find(T, EncounterId.of("E1")).orElseThrow();
        projection.on(attached("E1"), 1);
        projection.on(suggested("E1", 0.8), 2);
        assertThat(repository.find(T, EncounterId.of("E1")).orElseThrow()).isEqualTo(before);
        assertThat(before.documentCount()).isEqualTo(1);
        assertThat(before.suggestionCount()).isEqualTo(2);
    }

    @Test
    void olderDischargesComeFirstAndInpatientOutranksOutpatient() {
        register("recent-in", EncounterType.INPATIENT, Instant.parse("2026-11-10T00:00:00Z"));
        register("old-out", EncounterType.OUTPATIENT, Instant.parse("2026-10-01T00:00:00Z"));
        register("recent-out", EncounterType.OUTPATIENT, Instant.parse("2026-11-10T00:00:00Z"));
        assertThat(all(WorklistFilter.all()))
                .extracting(i -> i.encounterId().value())
                .containsExactly("old-out", "recent-in", "recent-out");
    }

    @Test
    void pagingVisitsEveryEncounterOnceInPriorityOrder() {
        for (int i = 0; i < 7; i++) {
            register(
                    "E" + i,
                    EncounterType.INPATIENT,
                    Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * (i % 3)));
        }
        List<WorklistItem> items = all(WorklistFilter.all());
        assertThat(items).hasSize(7).extracting(WorklistItem::encounterId).doesNotHaveDuplicates();
        assertThat(items).extracting(WorklistItem::priority).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void filtersNarrowByStatusTypeFacilityDischargeAndConfidence() {
        register("A", EncounterType.INPATIENT, Instant.parse("2026-10-01T00:00:00Z"));
        register("B", EncounterType.EMERGENCY, Instant.parse("2026-10-20T00:00:00Z"));
        projection.on(suggested("B", 0.9), 2);
        assertThat(all(new WorklistFilter(
                        Set.of(EncounterStatus.SUGGESTED), null, false, null, null, null, null, null, null)))
                .extracting(i -> i.encounterId().value())
                .containsExactly("B");
        assertThat(all(new WorklistFilter(
                        Set.of(), null, false, EncounterType.INPATIENT, null, null, null, null, null)))
                .extracting(i -> i.encounterId().value())
                .containsExactly("A");
        assertThat(all(new WorklistFilter(
                        Set.of(), null, false, null, null, Instant.parse("2026-10-10T00:00:00Z"), null, null, null)))
                .extracting(i -> i.encounterId().value())
                .containsExactly("B");
        assertThat(all(new WorklistFilter(Set.of(), null, false, null, null, null, null, 0.85, null)))
                .extracting(i -> i.encounterId().value())
                .containsExactly("B");
        assertThat(all(new WorklistFilter(Set.of(), null, false, null, "South", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void aCodersDefaultViewIsOpenUnassignedWorkPlusTheirOwn() {
        register("open", EncounterType.INPATIENT, AT);
        register("mine", EncounterType.INPATIENT, AT);
        register("theirs", EncounterType.INPATIENT, AT);
        projection.on(new EncounterAssigned(T, EncounterId.of("mine"), CODER, SUPERVISOR, AT), 2);
        projection.on(new EncounterAssigned(T, EncounterId.of("theirs"), UserId.of("other"), SUPERVISOR, AT), 2);
        assertThat(all(new WorklistFilter(Set.of(), CODER, true, null, null, null, null, null, null)))
                .extracting(i -> i.encounterId().value())
                .containsExactlyInAnyOrder("open", "mine");
    }

    @Test
    void reassignmentMovesTheEncounter() {
        register("E1", EncounterType.INPATIENT, AT);
        projection.on(new EncounterAssigned(T, EncounterId.of("E1"), CODER, SUPERVISOR, AT), 2);
        projection.on(new EncounterAssigned(T, EncounterId.of("E1"), UserId.of("coder-cy"), SUPERVISOR, AT), 3);
        assertThat(all(new WorklistFilter(Set.of(), UserId.of("coder-cy"), false, null, null, null, null, null, null)))
                .hasSize(1);
        assertThat(all(new WorklistFilter(Set.of(), CODER, false, null, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void operatorLookingValuesAreMatchedLiterallyNeverInterpreted() {
        register("E1", EncounterType.INPATIENT, AT);
        for (String attack :
                List.of("{\"$ne\": null}", "$ne", "{\"$gt\": \"\"}", "'; return true; //", "{\"$where\": \"1\"}")) {
            assertThat(all(new WorklistFilter(Set.of(), null, false, null, attack, null, null, null, null)))
                    .isEmpty();
            assertThat(all(new WorklistFilter(Set.of(), UserId.of("x"), false, null, null, null, null, null, null)))
                    .isEmpty();
        }
    }

    @Test
    void aForgedCursorIsRefused() {
        assertThatThrownBy(() -> queries.handle(new FindWorklist(T, WorklistFilter.all(), "eyIkbmUiOjF9", 10)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("invalid cursor");
    }

    @Test
    void aLimitOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> queries.handle(new FindWorklist(T, WorklistFilter.all(), null, 0)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> queries.handle(new FindWorklist(T, WorklistFilter.all(), null, 501)))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aResetFollowedByTheSameEventsRebuildsIdenticalEntries() {
        register("E1", EncounterType.INPATIENT, AT);
        projection.on(suggested("E1", 0.7), 2);
        var before = all(WorklistFilter.all());
        projection.reset();
        register("E1", EncounterType.INPATIENT, AT);
        projection.on(suggested("E1", 0.7), 2);
        assertThat(all(WorklistFilter.all())).isEqualTo(before);
    }
}
