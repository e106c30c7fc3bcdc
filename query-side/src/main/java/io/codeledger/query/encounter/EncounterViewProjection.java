package io.codeledger.query.encounter;

import io.codeledger.api.encounter.EncounterEvent;
import io.codeledger.api.encounter.EncounterRegistered;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.query.store.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the encounter view; idempotent through the last applied sequence number. */
@Component
@ProcessingGroup(EncounterViewProjection.GROUP)
class EncounterViewProjection {

    static final String GROUP = "encounters";

    private final EncounterViewRepository repository;
    private final BatchedWrites<EncounterDetails> batch;

    EncounterViewProjection(EncounterViewRepository repository) {
        this.repository = repository;
        this.batch = new BatchedWrites<>(GROUP, repository::writeAll);
    }

    @EventHandler
    void on(EncounterRegistered event, @SequenceNumber long sequence) {
        String key = key(event);
        if (batch.current(key, () -> repository.find(event.tenantId(), event.encounterId()))
                .isEmpty()) {
            batch.write(key, null, EncounterFold.registered(event, sequence));
        }
    }

    @EventHandler
    void on(EncounterEvent event, @SequenceNumber long sequence) {
        String key = key(event);
        batch.current(key, () -> repository.find(event.tenantId(), event.encounterId()))
                .filter(view -> view.lastSequence() < sequence)
                .ifPresent(view -> batch.write(key, view, EncounterFold.apply(view, event, sequence)));
    }

    private static String key(EncounterEvent event) {
        return event.tenantId() + ":" + event.encounterId();
    }

    @ResetHandler
    void reset() {
        repository.dropAll();
    }
}
