package io.codeledger.api.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;
import java.util.List;

/** A coder put the final codes in reporting order. */
public record CodesSequenced(TenantId tenantId, EncounterId encounterId, List<IcdCode> order, UserId actor, Instant at)
        implements EncounterEvent {}
