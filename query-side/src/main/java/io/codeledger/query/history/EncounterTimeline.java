package io.codeledger.query.history;

import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.encounter.EncounterEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An encounter's events straight from the event store (never from a stored view), oldest first,
 * optionally only those that had happened by an instant. The tenant is part of the stream name, so
 * another tenant's encounter is simply not found.
 */
@Component
public class EncounterTimeline {

    /** One stored event of the encounter. */
    public record Recorded(long sequence, Instant at, EncounterEvent event) {}

    private final EventStore eventStore;

    EncounterTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<Recorded> events(TenantId tenant, EncounterId encounter, Instant asOf) {
        return eventStore
                .readEvents(AggregateIds.encounter(tenant, encounter), 0L)
                .asStream()
                .filter(m -> m.getPayload() instanceof EncounterEvent)
                .filter(m -> asOf == null || !m.getTimestamp().isAfter(asOf))
                .map(EncounterTimeline::recorded)
                .toList();
    }

    private static Recorded recorded(DomainEventMessage<?> message) {
        return new Recorded(message.getSequenceNumber(), message.getTimestamp(), (EncounterEvent) message.getPayload());
    }
}
