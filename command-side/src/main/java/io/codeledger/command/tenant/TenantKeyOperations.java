package io.codeledger.command.tenant;

import io.codeledger.api.common.TenantId;

/**
 * The key operations a tenant's commands trigger, implemented over the key store (local keyring or
 * Vault) by the application. The Tenant aggregate decides whether an operation is allowed; this
 * port carries it out.
 */
public interface TenantKeyOperations {

    /** Destroys every version of the tenant's data keys, durably. Idempotent. */
    void shred(TenantId tenant);

    /** Rotates the tenant's data key and returns the new current version. */
    int rotate(TenantId tenant);
}
