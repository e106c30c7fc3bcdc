package io.codeledger.query.worklist;

import io.codeledger.api.encounter.EncounterEvent;
import io.codeledger.api.encounter.EncounterRegistered;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.query.store.BatchedWrites;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps the worklist read model. Idempotent: an event whose sequence number the entry has already
 * applied changes nothing, so re-delivery and replay are safe. Every change is also pushed to the
 * live worklists (subscription queries) of the entry's tenant.
 */
@Component
@ProcessingGroup(WorklistProjection.GROUP)
class WorklistProjection {

    static final String GROUP = "worklist";

    private final WorklistRepository repository;
    private final QueryUpdateEmitter updates;
    private final BatchedWrites<WorklistEntry> batch;

    WorklistProjection(WorklistRepository repository, QueryUpdateEmitter updates) {
        this.repository = repository;
        this.updates = updates;
        this.batch = new BatchedWrites<>(GROUP, repository::writeAll);
    }

    @EventHandler
    void on(EncounterRegistered event, @SequenceNumber long sequence) {
        String key = key(event);
        if (batch.current(key, () -> repository.find(event.tenantId(), event.encounterId()))
                .isEmpty()) {
            WorklistEntry entry = WorklistEntry.registered(event, sequence);
            batch.write(key, null, entry);
            publish(entry);
        }
    }

    @EventHandler
    void on(EncounterEvent event, @SequenceNumber long sequence) {
        String key = key(event);
        batch.current(key, () -> repository.find(event.tenantId(), event.encounterId()))
                .filter(entry -> entry.lastSequence() < sequence)
                .ifPresent(entry -> {
                    WorklistEntry next = entry.apply(event, sequence);
                    batch.write(key, entry, next);
                    publish(next);
                });
    }

    private static String key(EncounterEvent event) {
        return event.tenantId() + ":" + event.encounterId();
    }

    @ResetHandler
    void reset() {
        repository.dropAll();
    }

    private void publish(WorklistEntry entry) {
        updates.emit(
                FindWorklist.class,
                query -> query.tenantId().equals(entry.tenantId()),
                WorklistQueries.item(entry, Instant.now()));
    }
}
