package io.codeledger.api.query;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/** Coding metrics of a tenant, overall and per coder. */
public record FindCoderMetrics(TenantId tenantId) implements TenantScoped {}
