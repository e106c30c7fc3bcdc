package io.codeledger.app.security;

import io.codeledger.api.audit.PhiAccessRecorder;
import io.codeledger.api.audit.PhiAccessed;
import io.codeledger.api.audit.PhiSubject;
import io.codeledger.api.security.Caller;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * Appends {@link PhiAccessed} to the event store through Axon's event gateway, synchronously: when
 * {@link #record} returns, the event is stored. Any failure is rethrown as {@link
 * PhiAccessNotRecorded}, and the read that called it fails. Client address and request id come from
 * the current request, or read {@code local} and {@code cli-...} for the CLI operator.
 */
@Component
class EventStorePhiAccessRecorder implements PhiAccessRecorder {

    private final EventGateway events;
    private final Clock clock = Clock.systemUTC();

    EventStorePhiAccessRecorder(EventGateway events) {
        this.events = events;
    }

    @Override
    public void record(Caller caller, PhiSubject subject, Set<String> fields, String purpose, int count) {
        Objects.requireNonNull(caller.tenantId(), "a PHI access names the tenant whose PHI was read");
        RequestIds.RequestInfo request = RequestIds.currentOrLocal();
        PhiAccessed event = new PhiAccessed(
                caller.tenantId(),
                caller.userId(),
                caller.roles(),
                subject.kind(),
                subject.ids(),
                fields,
                purpose,
                count,
                request.clientIp(),
                request.requestId(),
                clock.instant());
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            throw new PhiAccessNotRecorded(e);
        }
    }
}
