package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;
import java.time.Instant;

/** A supervisor returned the submitted coding to the coder. */
public record CodingReturned(TenantId tenantId, EncounterId encounterId, FreeText reason, UserId actor, Instant at)
        implements EncounterEvent {}
