package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import javax.crypto.SecretKey;

/** One version of a tenant's AES-256 data-encryption key, unwrapped, in memory only. */
public record DataKey(TenantId tenant, int version, SecretKey key) {

    @Override
    public String toString() {
        return "DataKey[" + tenant + " v" + version + "]";
    }
}
