package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A coder made a final code the principal diagnosis. */
public record PrincipalDiagnosisSet(TenantId tenantId, EncounterId encounterId, IcdCode code, UserId actor, Instant at)
        implements EncounterEvent {}
