package io.codeledger.command.encounter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.encounter.EncounterEvent;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The idempotency keys of the commands an encounter has handled. A command's events carry its key
 * in their metadata, so the ledger is rebuilt with the aggregate and a repeated command is
 * recognised even after a restart.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class CommandLedger {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private final Set<String> handled = new HashSet<>();

    boolean handled(String idempotencyKey) {
        return idempotencyKey != null && handled.contains(idempotencyKey);
    }

    @EventSourcingHandler
    void on(EncounterEvent event, @MetaDataValue(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey != null) {
            handled.add(idempotencyKey);
        }
    }
}
