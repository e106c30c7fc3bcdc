package io.codeledger.app.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.RegisterEncounter;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.command.encounter.RegistrationOutcome;
import io.codeledger.command.intake.EncounterRegistration;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Registers encounters from NDJSON, one per line, through the command bus with a few commands in
 * flight. Each line is its own command: good lines are registered even when others are bad, and a
 * bad line is reported with its number and a reason that never quotes the input.
 */
@Component
public class EncounterImporter {

    private static final int IN_FLIGHT = 8;

    private final CommandGateway commands;
    private final ObjectMapper json;

    EncounterImporter(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    /** What an import did. */
    public record Report(int registered, int alreadyPresent, List<Rejection> rejections) {

        public String summary() {
            return "registered " + registered + ", already present " + alreadyPresent + ", rejected "
                    + rejections.size();
        }
    }

    /** A line that was not imported, and why. */
    public record Rejection(long line, String code, String reason) {

        @Override
        public String toString() {
            return "line " + line + ": " + code + " " + reason;
        }
    }

    public Report importLines(BufferedReader lines, TenantId tenant, UserId actor, IntConsumer progress)
            throws IOException {
        commands.sendAndWait(new CreateTenant(tenant, tenant.value(), actor));
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger present = new AtomicInteger();
        List<Rejection> rejections = java.util.Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            long lineNumber = number;
            RegisterEncounter command;
            try {
                command = parse(line).toCommand(tenant, actor, null);
            } catch (DomainRuleViolation e) {
                rejections.add(new Rejection(lineNumber, e.code(), e.getMessage()));
                continue;
            } catch (JsonProcessingException e) {
                rejections.add(new Rejection(lineNumber, "CL-IMP-001", describe(e)));
                continue;
            }
            inFlight.acquireUninterruptibly();
            CompletableFuture<Object> sent = commands.send(command);
            pending.add(sent.whenComplete((result, error) -> {
                inFlight.release();
                if (error != null) {
                    Throwable cause =
                            error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                    rejections.add(
                            cause instanceof DomainRuleViolation v
                                    ? new Rejection(lineNumber, v.code(), v.getMessage())
                                    : new Rejection(
                                            lineNumber,
                                            "CL-IMP-002",
                                            "could not be stored ("
                                                    + cause.getClass().getSimpleName() + ")"));
                } else if (result == RegistrationOutcome.ALREADY_PRESENT) {
                    present.incrementAndGet();
                } else {
                    registered.incrementAndGet();
                }
                progress.accept(registered.get() + present.get() + rejections.size());
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        List<Rejection> sorted = rejections.stream()
                .sorted(Comparator.comparingLong(Rejection::line))
                .collect(Collectors.toList());
        return new Report(registered.get(), present.get(), sorted);
    }

    private EncounterRegistration parse(String line) throws JsonProcessingException {
        EncounterRegistration registration = json.readValue(line, EncounterRegistration.class);
        if (registration == null) {
            throw new DomainRuleViolation("CL-IMP-001", "the line is JSON null, not an encounter object");
        }
        return registration;
    }

    /** A parse error in our words: Jackson's own message can quote the input, which may be PHI. */
    private static String describe(JsonProcessingException e) {
        String where =
                e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + field + "' has the wrong type" + where;
        }
        return "malformed JSON" + where;
    }
}
