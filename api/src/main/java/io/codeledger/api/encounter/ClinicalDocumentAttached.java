package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** A clinical document (or a new version of one) was attached. */
public record ClinicalDocumentAttached(
        TenantId tenantId, EncounterId encounterId, ClinicalDocument document, UserId actor, Instant at)
        implements EncounterEvent {}
