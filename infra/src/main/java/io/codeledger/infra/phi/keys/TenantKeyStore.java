package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.util.Optional;

/**
 * Per-tenant data-encryption keys (DEKs) for sealing PHI. Implementations wrap DEKs with a key
 * encryption key they hold (a PKCS#12 master key locally, a Vault Transit key in production) and
 * keep only wrapped DEKs at rest. Shredding destroys every version of a tenant's DEKs, after which
 * that tenant's sealed PHI can never be opened again.
 *
 * <p>Failures are explicit: {@link KeyStoreUnavailableException} when the key store cannot be
 * reached (callers fail closed), {@link TenantKeysShreddedException} when new PHI is sealed for a
 * shredded tenant.
 */
public interface TenantKeyStore {

    /** The tenant's current DEK for sealing; creates version 1 on first use. */
    DataKey currentKey(TenantId tenant);

    /** A DEK version for opening; empty when the tenant's keys have been shredded. */
    Optional<DataKey> key(TenantId tenant, int version);

    /** Makes a new DEK version current; older versions still open what they sealed. */
    DataKey rotate(TenantId tenant);

    /** Destroys every DEK version of the tenant, durably. Idempotent. */
    void shred(TenantId tenant);

    /** True once the tenant's keys have been shredded. */
    boolean shredded(TenantId tenant);
}
