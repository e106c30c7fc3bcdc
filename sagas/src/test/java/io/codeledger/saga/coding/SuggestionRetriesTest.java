package io.codeledger.saga.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

class SuggestionRetriesTest {

    private static final Instant TOUCHED = Instant.parse("2026-11-01T10:00:00Z");
    private static final CodingSagaSettings SETTINGS =
            new CodingSagaSettings(3, Duration.ofSeconds(5), Duration.ofHours(48));

    private static DeadLetter<EventMessage<?>> letter(int attempts) {
        EventMessage<?> message = GenericEventMessage.asEventMessage("payload");
        return new GenericDeadLetter<EventMessage<?>>(
                "E1",
                message,
                new org.axonframework.messaging.deadletter.ThrowableCause(new IllegalStateException("down")),
                TOUCHED,
                TOUCHED,
                MetaData.with(SuggestionRetries.ATTEMPTS, attempts));
    }

    private static SuggestionRetries at(Instant now) {
        return new SuggestionRetries(null, SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLetterIsRetriedOnlyAfterItsBackoff() {
        assertThat(at(TOUCHED.plusSeconds(4)).due(letter(1))).isFalse();
        assertThat(at(TOUCHED.plusSeconds(5)).due(letter(1))).isTrue();
        assertThat(at(TOUCHED.plusSeconds(9)).due(letter(2))).isFalse();
        assertThat(at(TOUCHED.plusSeconds(10)).due(letter(2))).isTrue();
    }

    @Test
    void afterTheLastAttemptTheLetterStaysForAnOperator() {
        assertThat(at(TOUCHED.plus(Duration.ofDays(1))).due(letter(3))).isFalse();
    }

    @Test
    void everyFailureIsCountedInTheDiagnostics() {
        var decision = SuggestionRetries.countingPolicy().decide(letter(2), new IllegalStateException("again"));
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(letter(2)).diagnostics().get(SuggestionRetries.ATTEMPTS))
                .isEqualTo(3);
    }
}
