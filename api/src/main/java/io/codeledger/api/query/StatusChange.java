package io.codeledger.api.query;

import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import java.time.Instant;

/** The encounter entered {@code status} at {@code at} by {@code by}'s action. */
public record StatusChange(EncounterStatus status, UserId by, Instant at) {}
