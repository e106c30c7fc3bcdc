package io.codeledger.api.query;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/** One encounter of the caller's tenant, with its documents (PHI), suggestions, codes and history. */
public record FindEncounter(TenantId tenantId, EncounterId encounterId) implements TenantScoped {}
