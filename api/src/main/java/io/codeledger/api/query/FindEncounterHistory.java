package io.codeledger.api.query;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;
import java.time.Instant;

/** Every event of an encounter in order; with {@code asOf}, only what had happened by then. */
public record FindEncounterHistory(TenantId tenantId, EncounterId encounterId, Instant asOf) implements TenantScoped {}
