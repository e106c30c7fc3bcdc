package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A supervisor assigned the encounter to a coder. */
public record EncounterAssigned(TenantId tenantId, EncounterId encounterId, UserId assignee, UserId actor, Instant at)
        implements EncounterEvent {}
