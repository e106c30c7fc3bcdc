package io.codeledger.app.wiring;

import io.codeledger.api.common.TenantId;
import io.codeledger.command.tenant.TenantKeyOperations;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import org.springframework.stereotype.Component;

/** Carries out the Tenant aggregate's key operations on the configured key store. */
@Component
class TenantKeyOperationsAdapter implements TenantKeyOperations {

    private final TenantKeyStore keys;

    TenantKeyOperationsAdapter(TenantKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public void shred(TenantId tenant) {
        keys.shred(tenant);
    }

    @Override
    public int rotate(TenantId tenant) {
        return keys.rotate(tenant).version();
    }
}
