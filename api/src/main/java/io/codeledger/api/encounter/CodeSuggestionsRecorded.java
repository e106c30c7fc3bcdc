package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;
import java.util.List;

/** A model suggested codes, with evidence, for the encounter. */
public record CodeSuggestionsRecorded(
        TenantId tenantId,
        EncounterId encounterId,
        List<CodeSuggestion> suggestions,
        String modelHash,
        String codeSetVersion,
        UserId actor,
        Instant at)
        implements EncounterEvent {}
