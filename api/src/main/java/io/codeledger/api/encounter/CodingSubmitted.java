package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;
import java.util.List;

/** A coder submitted the final codes for approval. */
public record CodingSubmitted(
        TenantId tenantId,
        EncounterId encounterId,
        List<IcdCode> finalCodes,
        IcdCode principalDiagnosis,
        UserId actor,
        Instant at)
        implements EncounterEvent {}
