package io.codeledger.query.encounter;

import io.codeledger.api.encounter.EncounterEvent;
import io.codeledger.api.encounter.EncounterRegistered;
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

    EncounterViewProjection(EncounterViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(EncounterRegistered event, @SequenceNumber long sequence) {
        repository.insertIfAbsent(EncounterFold.registered(event, sequence));
    }

    @EventHandler
    void on(EncounterEvent event, @SequenceNumber long sequence) {
        repository
                .find(event.tenantId(), event.encounterId())
                .filter(view -> view.lastSequence() < sequence)
                .ifPresent(view -> repository.replace(view.lastSequence(), EncounterFold.apply(view, event, sequence)));
    }

    @ResetHandler
    void reset() {
        repository.dropAll();
    }
}
