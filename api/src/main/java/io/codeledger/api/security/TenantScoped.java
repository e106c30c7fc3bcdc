package io.codeledger.api.security;

import io.codeledger.api.common.TenantId;

/**
 * A message that acts on, or reads from, exactly one tenant. The authorization interceptor refuses
 * one whose tenant is not the authenticated caller's, and refuses a REST-originated message that is
 * not tenant scoped at all.
 */
public interface TenantScoped {

    TenantId tenantId();
}
