package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A coder accepted a model suggestion as a final code. */
public record CodeSuggestionAccepted(
        TenantId tenantId, EncounterId encounterId, IcdCode code, String modelHash, UserId actor, Instant at)
        implements EncounterEvent {}
