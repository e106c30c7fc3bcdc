package io.codeledger.api.query;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/** One encounter of a tenant as its worklist shows it; empty if the tenant has no such encounter. */
public record FindEncounterSummary(TenantId tenantId, EncounterId encounterId) implements TenantScoped {}
