package io.codeledger.app.platform;

import java.time.Duration;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Waits until every streaming projection has processed the event store up to its current head, so
 * a command-line operation that returns leaves the read models showing what it wrote.
 */
@Component
public class ProjectionSync {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;

    ProjectionSync(EventStore eventStore, EventProcessingConfiguration processing, TokenStore tokenStore) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.tokenStore = tokenStore;
    }

    /**
     * Waits until the event store stops growing and every projection has caught up with it: event
     * handlers that send commands (the coding workflow) add events while others catch up.
     */
    public void awaitSettled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long before;
        long after;
        do {
            before = headPosition();
            awaitCaughtUp(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            after = headPosition();
        } while (after != before && System.nanoTime() < deadline);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    public void awaitCaughtUp(Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList()) {
            while (!reached(processor, target)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("CL-PROJ-001: projection " + processor.getName()
                            + " did not catch up with the event store within " + timeout.toSeconds() + " s");
                }
                sleep();
            }
        }
    }

    private boolean reached(StreamingEventProcessor processor, long target) {
        if (target < 0) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        if (status.isEmpty() || status.size() < segments) {
            return false;
        }
        return status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= target);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for projections", e);
        }
    }
}
