package io.codeledger.app.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections from the event store: each streaming processor is stopped, its tokens reset
 * (its reset handler clears its read model), restarted, and awaited until it reaches the head.
 */
@Component
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;
    private final ProjectionSync sync;

    ProjectionReplay(EventProcessingConfiguration processing, ProjectionSync sync) {
        this.processing = processing;
        this.sync = sync;
    }

    /** Names of the projections that can be replayed. */
    public List<String> projections() {
        List<String> names = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                names.add(name);
            }
        });
        return names;
    }

    /** Replays the named projection, or all of them when {@code only} is null. */
    public List<String> replay(String only, Duration timeout) {
        List<String> replayed = new ArrayList<>();
        for (String name : projections()) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            StreamingEventProcessor processor = processing
                    .eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            replayed.add(name);
        }
        if (only != null && replayed.isEmpty()) {
            throw new IllegalArgumentException(
                    "CL-PROJ-002: no projection named " + only + "; known: " + projections());
        }
        sync.awaitCaughtUp(timeout);
        return replayed;
    }
}
