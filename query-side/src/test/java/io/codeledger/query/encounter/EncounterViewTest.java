package io.codeledger.query.encounter;

import static io.codeledger.query.TestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.encounter.RejectionReason;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.FindEncounter;
import io.codeledger.api.query.StatusChange;
import io.codeledger.api.query.SuggestionEntry;
import io.codeledger.query.PlainPhiCodec;
import io.codeledger.query.store.TenantDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EncounterViewTest {

    private MongoServer server;
    private MongoClient client;
    private EncounterViewProjection projection;
    private EncounterQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        var repository = new EncounterViewRepository(new TenantDatabases(client), new PlainPhiCodec());
        projection = new EncounterViewProjection(repository);
        queries = new EncounterQueries(repository);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private void codeIt() {
        projection.on(registered("E1", EncounterType.INPATIENT, "North", AT), 0);
        projection.on(attached("E1"), 1);
        projection.on(suggested("E1", 0.9), 2);
        projection.on(claimed("E1"), 3);
        projection.on(accepted("E1"), 4);
        projection.on(rejected("E1"), 5);
    }

    private EncounterDetails view() {
        return queries.handle(new FindEncounter(T, EncounterId.of("E1"))).orElseThrow();
    }

    @Test
    void evidenceSpansResolveToTheExactTextOfTheirDocumentVersion() {
        codeIt();
        SuggestionEntry pneumonia = view().suggestions().get(0);
        assertThat(pneumonia.evidence()).hasSize(1);
        assertThat(pneumonia.evidence().get(0).quote().value()).isEqualTo(TEXT.substring(0, 28));
        assertThat(view().suggestions().get(1).evidence().get(0).quote().value())
                .isEqualTo("Type 2 diabetes mellitus");
    }

    @Test
    void decisionsRecordWhoWhenAndWhy() {
        codeIt();
        var suggestions = view().suggestions();
        assertThat(suggestions.get(0).decision()).isEqualTo("ACCEPTED");
        assertThat(suggestions.get(0).decidedBy()).isEqualTo(CODER);
        assertThat(suggestions.get(1).decision()).isEqualTo("REJECTED");
        assertThat(suggestions.get(1).reasonCode()).isEqualTo(RejectionReason.NOT_SUPPORTED_BY_DOCUMENTATION);
        assertThat(suggestions.get(1).reason().value()).isEqualTo("not documented");
        assertThat(view().finalCodes()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(IcdCode.cm("J18.9"));
            assertThat(f.source()).isEqualTo("SUGGESTION");
            assertThat(f.addedBy()).isEqualTo(CODER);
        });
    }

    @Test
    void theStatusHistoryFollowsTheLifecycle() {
        codeIt();
        assertThat(view().statusHistory())
                .extracting(StatusChange::status)
                .containsExactly(
                        EncounterStatus.REGISTERED,
                        EncounterStatus.DOCUMENTED,
                        EncounterStatus.SUGGESTED,
                        EncounterStatus.IN_CODING);
        assertThat(view().assignee()).isEqualTo(CODER);
    }

    @Test
    void documentsAndPatientAreInTheView() {
        codeIt();
        assertThat(view().documents())
                .singleElement()
                .satisfies(d -> assertThat(d.text().value()).isEqualTo(TEXT));
        assertThat(view().patient().name()).isEqualTo("Test E1");
    }

    @Test
    void redeliveryAndReplayLeaveTheViewUnchanged() {
        codeIt();
        EncounterDetails before = view();
        projection.on(accepted("E1"), 4);
        projection.on(suggested("E1", 0.9), 2);
        assertThat(view()).isEqualTo(before);
        projection.reset();
        codeIt();
        assertThat(view()).isEqualTo(before);
    }

    @Test
    void anUnknownEncounterIsEmpty() {
        assertThat(queries.handle(new FindEncounter(T, EncounterId.of("nope")))).isEmpty();
    }
}
