package io.codeledger.api.query;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;
import java.time.Instant;

/** The encounter's coding state as of an instant, computed by replaying its events up to then. */
public record FindEncounterStateAsOf(TenantId tenantId, EncounterId encounterId, Instant asOf)
        implements TenantScoped {}
