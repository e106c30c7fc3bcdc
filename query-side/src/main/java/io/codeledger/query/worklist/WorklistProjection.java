package io.codeledger.query.worklist;

import io.codeledger.api.encounter.EncounterEvent;
import io.codeledger.api.encounter.EncounterRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the worklist read model. Idempotent: an event whose sequence number the entry has already
 * applied changes nothing, so re-delivery and replay are safe.
 */
@Component
@ProcessingGroup(WorklistProjection.GROUP)
class WorklistProjection {

    static final String GROUP = "worklist";

    private final WorklistRepository repository;

    WorklistProjection(WorklistRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(EncounterRegistered event, @SequenceNumber long sequence) {
        repository.insertIfAbsent(WorklistEntry.registered(event, sequence));
    }

    @EventHandler
    void on(EncounterEvent event, @SequenceNumber long sequence) {
        repository
                .find(event.tenantId(), event.encounterId())
                .filter(entry -> entry.lastSequence() < sequence)
                .ifPresent(entry -> repository.replace(entry, entry.apply(event, sequence)));
    }

    @ResetHandler
    void reset() {
        repository.dropAll();
    }
}
