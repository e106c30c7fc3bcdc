package io.codeledger.saga.coding;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodingSagaTest {

    private static final TenantId T = TenantId.of("t1");
    private static final EncounterId E = EncounterId.of("E1");
    private static final String AGGREGATE = "encounter:t1:E1";
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final List<CodeSuggestion> SUGGESTIONS = List.of(
            new CodeSuggestion(IcdCode.cm("J18.9"), 0.9, List.of(new EvidenceSpan(DocumentId.of("D1"), 1, 0, 9))));

    private SagaTestFixture<CodingSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CodingSaga.class);
        fixture.registerResource(new CodingSagaSettings(5, Duration.ofSeconds(5), Duration.ofHours(48)));
    }

    private static CodeSuggestionsRecorded suggested() {
        return new CodeSuggestionsRecorded(T, E, SUGGESTIONS, "sha256:model", "v", CodingSaga.ACTOR, AT);
    }

    @Test
    void suggestionsStartTheWatchForAClaim() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE)
                .publishes(suggested())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Duration.ofHours(48), CodingSaga.ESCALATE);
    }

    @Test
    void anEncounterNotClaimedInTimeIsEscalated() {
        fixture.givenAggregate(AGGREGATE)
                .published(suggested())
                .whenTimeElapses(Duration.ofHours(48))
                .expectDispatchedCommands(
                        new EscalateUnclaimedEncounter(T, E, Duration.ofHours(48), CodingSaga.ACTOR, "escalate-E1"))
                .expectActiveSagas(0);
    }

    @Test
    void nothingIsEscalatedBeforeTheTime() {
        fixture.givenAggregate(AGGREGATE)
                .published(suggested())
                .whenTimeElapses(Duration.ofHours(47))
                .expectNoDispatchedCommands();
    }

    @Test
    void claimingCancelsTheEscalationAndEndsTheWatch() {
        fixture.givenAggregate(AGGREGATE)
                .published(suggested())
                .whenAggregate(AGGREGATE)
                .publishes(new EncounterClaimed(T, E, UserId.of("coder"), AT))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aClaimedEncounterIsNeverEscalated() {
        fixture.givenAggregate(AGGREGATE)
                .published(suggested(), new EncounterClaimed(T, E, UserId.of("coder"), AT))
                .whenTimeElapses(Duration.ofHours(100))
                .expectNoDispatchedCommands();
    }

    @Test
    void moreSuggestionsDoNotScheduleASecondEscalation() {
        fixture.givenAggregate(AGGREGATE)
                .published(suggested())
                .whenAggregate(AGGREGATE)
                .publishes(suggested())
                .expectScheduledDeadlineWithName(Duration.ofHours(48), CodingSaga.ESCALATE)
                .expectActiveSagas(1);
    }

    @Test
    void backoffDoublesAfterEachFailedAttempt() {
        var settings = new CodingSagaSettings(5, Duration.ofSeconds(5), Duration.ofHours(48));
        org.assertj.core.api.Assertions.assertThat(
                        List.of(settings.backoff(1), settings.backoff(2), settings.backoff(3)))
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }
}
