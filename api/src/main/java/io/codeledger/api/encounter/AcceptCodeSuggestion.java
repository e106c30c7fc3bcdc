package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;

/** Accept one model suggestion as a final code. */
public record AcceptCodeSuggestion(
        TenantId tenantId, EncounterId encounterId, IcdCode code, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
