package io.codeledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.app.platform.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Shows the dead-letter queues (events a projection or the coding workflow could not handle) as
 * JSON lines, and can retry them. Causes are shown by type and stable code only: a third-party
 * exception message could quote data.
 */
@Command(
        name = "dead-letters",
        mixinStandardHelpOptions = true,
        description = "List (and with --retry, retry) events in the dead-letter queues.")
class DeadLettersCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--group", description = "Only this processing group (default: all with a dead-letter queue).")
    String group;

    @Option(names = "--retry", description = "Retry every dead-lettered sequence now.")
    boolean retry;

    @Override
    public Integer call() throws Exception {
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
            ObjectMapper json = platform.bean(ObjectMapper.class);
            long total = 0;
            for (String name : List.copyOf(processing.eventProcessors().keySet())) {
                if (group != null && !group.equals(name)) {
                    continue;
                }
                var queue = processing.deadLetterQueue(name);
                if (queue.isEmpty()) {
                    continue;
                }
                if (retry) {
                    var processor =
                            processing.sequencedDeadLetterProcessor(name).orElseThrow();
                    int retried = 0;
                    while (retried < 10_000 && processor.processAny()) {
                        retried++;
                    }
                    System.err.println(name + ": retried " + retried + " sequences");
                }
                total += print(name, queue.get(), json);
            }
            System.err.println(total + " dead letters");
            return 0;
        }
    }

    private static long print(String name, SequencedDeadLetterQueue<EventMessage<?>> queue, ObjectMapper json)
            throws Exception {
        long count = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("group", name);
                line.put("eventType", letter.message().getPayloadType().getSimpleName());
                line.put("eventId", letter.message().getIdentifier());
                line.put("enqueuedAt", letter.enqueuedAt().toString());
                line.put("lastTouched", letter.lastTouched().toString());
                line.put("attempts", letter.diagnostics().getOrDefault("attempts", 1));
                letter.cause().ifPresent(cause -> {
                    line.put("causeType", cause.type());
                    String message = cause.message() == null ? "" : cause.message();
                    line.put("causeCode", message.startsWith("CL-") ? message.split(":", 2)[0] : null);
                });
                System.out.println(json.writeValueAsString(line));
                count++;
            }
        }
        return count;
    }
}
