package io.codeledger.api.query;

import io.codeledger.api.common.UserId;
import java.time.Instant;

/**
 * One event of an encounter's audit timeline: its sequence number in the encounter's stream, when,
 * who, the event type and a plain-language description. Holds no PHI.
 */
public record HistoryEntry(long sequence, Instant at, UserId actor, String type, String description) {}
