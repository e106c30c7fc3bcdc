package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A coder claimed the encounter for coding. */
public record EncounterClaimed(TenantId tenantId, EncounterId encounterId, UserId actor, Instant at)
        implements EncounterEvent {}
