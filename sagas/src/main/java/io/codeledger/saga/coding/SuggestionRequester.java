package io.codeledger.saga.coding;

import io.codeledger.api.encounter.ClinicalDocument;
import io.codeledger.api.encounter.ClinicalDocumentAttached;
import io.codeledger.api.encounter.RecordCodeSuggestions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The first step of the coding workflow: when a document is attached, ask the model for suggestions
 * and record them on the encounter. A failure is thrown so that Axon puts the event in this group's
 * dead-letter queue (sealed, per encounter, in order); {@link SuggestionRetries} retries it with
 * backoff. The idempotency key makes a retry that already succeeded harmless. Never replayed (a
 * projection rebuild must not call the model again); {@code codeledger.coding.auto-suggest=false}
 * switches it off, e.g. for a bulk migration.
 */
@Component
@ProcessingGroup(SuggestionRequester.GROUP)
@DisallowReplay
@ConditionalOnProperty(name = "codeledger.coding.auto-suggest", havingValue = "true", matchIfMissing = true)
public class SuggestionRequester {

    public static final String GROUP = "coding-suggestions";

    private final SuggestionPort model;
    private final CommandGateway commands;

    SuggestionRequester(SuggestionPort model, CommandGateway commands) {
        this.model = model;
        this.commands = commands;
    }

    @EventHandler
    void on(ClinicalDocumentAttached event) {
        ClinicalDocument document = event.document();
        SuggestionPort.Batch batch;
        try {
            batch = model.suggest(event.tenantId(), document);
        } catch (RuntimeException e) {
            throw new SuggestionsUnavailable(
                    "no suggestions for document " + document.id() + " v" + document.version() + " of "
                            + event.encounterId() + " (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (batch.suggestions().isEmpty()) {
            return;
        }
        commands.sendAndWait(new RecordCodeSuggestions(
                event.tenantId(),
                event.encounterId(),
                batch.suggestions(),
                batch.modelHash(),
                batch.codeSetVersion(),
                CodingSaga.ACTOR,
                "suggest-" + document.id() + "-v" + document.version() + "-" + batch.modelHash()));
    }
}
