package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Duration;

/** Escalate an encounter that nobody claimed within the tenant's time after it was suggested. */
public record EscalateUnclaimedEncounter(
        TenantId tenantId, EncounterId encounterId, Duration unclaimedFor, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
