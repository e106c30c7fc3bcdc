package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.util.List;

/** Record the code suggestions a model made for the encounter's documents. */
public record RecordCodeSuggestions(
        TenantId tenantId,
        EncounterId encounterId,
        List<CodeSuggestion> suggestions,
        String modelHash,
        String codeSetVersion,
        UserId actor,
        String idempotencyKey)
        implements EncounterCommand {}
