package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.time.Instant;

/**
 * A DEK version as stored at rest: wrapped (encrypted) by the key store's key encryption key.
 * {@code wrapped} is opaque to everything but the key store that made it (for Vault Transit, the
 * {@code vault:v<n>:...} ciphertext).
 */
public record WrappedKey(TenantId tenant, int version, String wrapped, Instant created) {

    @Override
    public String toString() {
        return "WrappedKey[" + tenant + " v" + version + "]";
    }
}
