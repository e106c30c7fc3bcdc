package io.codeledger.saga.coding;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries dead-lettered suggestion requests with exponential backoff: a letter that has failed
 * {@code n} times is retried {@code firstRetryAfter × 2^(n-1)} after it was last touched, until it
 * has failed {@code maxAttempts} times; then it stays in the queue for an operator. The attempt
 * count lives in the letter's diagnostics, so it survives restarts.
 */
@Component
public class SuggestionRetries {

    static final String ATTEMPTS = "attempts";

    private final EventProcessingConfiguration processing;
    private final CodingSagaSettings settings;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public SuggestionRetries(EventProcessingConfiguration processing, CodingSagaSettings settings) {
        this(processing, settings, Clock.systemUTC());
    }

    SuggestionRetries(EventProcessingConfiguration processing, CodingSagaSettings settings, Clock clock) {
        this.processing = processing;
        this.settings = settings;
        this.clock = clock;
    }

    /** The enqueue policy of the suggestion group: count every failed attempt in the diagnostics. */
    public static EnqueuePolicy<EventMessage<?>> countingPolicy() {
        return (letter, cause) -> Decisions.enqueue(cause, l -> l.diagnostics().and(ATTEMPTS, attempts(l) + 1));
    }

    @Scheduled(fixedDelayString = "${codeledger.coding.retry-poll:PT5S}")
    public void retryDue() {
        processing.sequencedDeadLetterProcessor(SuggestionRequester.GROUP).ifPresent(processor -> {
            int sequences = 0;
            while (sequences++ < 100 && processor.process(this::due)) {
                // one sequence (encounter) per call, oldest first
            }
        });
    }

    boolean due(DeadLetter<? extends EventMessage<?>> letter) {
        int attempts = attempts(letter);
        if (attempts >= settings.maxAttempts()) {
            return false;
        }
        Instant next = letter.lastTouched().plus(settings.backoff(attempts));
        return !clock.instant().isBefore(next);
    }

    static int attempts(DeadLetter<?> letter) {
        MetaData diagnostics = letter.diagnostics();
        Object value = diagnostics.get(ATTEMPTS);
        return value instanceof Number number ? number.intValue() : 0;
    }
}
