package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Duration;
import java.time.Instant;

/** An encounter waited unclaimed longer than allowed after its suggestions and was escalated to supervisors. */
public record UnclaimedEncounterEscalated(
        TenantId tenantId, EncounterId encounterId, Duration unclaimedFor, UserId actor, Instant at)
        implements EncounterEvent {}
