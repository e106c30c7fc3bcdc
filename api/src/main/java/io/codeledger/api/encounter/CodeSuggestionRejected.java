package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;
import java.time.Instant;

/** A coder rejected a model suggestion, with a reason. */
public record CodeSuggestionRejected(
        TenantId tenantId,
        EncounterId encounterId,
        IcdCode code,
        FreeText reason,
        String modelHash,
        UserId actor,
        Instant at)
        implements EncounterEvent {}
