package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.util.List;

/** Put the final codes in reporting order; the principal diagnosis stays first. */
public record SequenceCodes(
        TenantId tenantId, EncounterId encounterId, List<IcdCode> order, UserId actor, String idempotencyKey)
        implements EncounterCommand {}
