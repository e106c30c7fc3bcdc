package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;
import java.time.Instant;

/** A coder removed a final code. */
public record CodeRemoved(
        TenantId tenantId, EncounterId encounterId, IcdCode code, FreeText reason, UserId actor, Instant at)
        implements EncounterEvent {}
