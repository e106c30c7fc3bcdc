package io.codeledger.api.query;

import java.util.List;

/** An encounter's audit timeline, oldest first. Empty when the encounter did not exist (yet). */
public record EncounterHistory(List<HistoryEntry> entries) {

    public EncounterHistory {
        entries = List.copyOf(entries);
    }
}
