package io.codeledger.infra.phi;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import java.util.Optional;

/** A key store that can be switched off, to test that sealing fails closed during an outage. */
final class SwitchableKeyStore implements TenantKeyStore {

    private final TenantKeyStore delegate;
    volatile boolean down;

    SwitchableKeyStore(TenantKeyStore delegate) {
        this.delegate = delegate;
    }

    private void check() {
        if (down) {
            throw new KeyStoreUnavailableException("simulated outage", null);
        }
    }

    @Override
    public DataKey currentKey(TenantId tenant) {
        check();
        return delegate.currentKey(tenant);
    }

    @Override
    public Optional<DataKey> key(TenantId tenant, int version) {
        check();
        return delegate.key(tenant, version);
    }

    @Override
    public DataKey rotate(TenantId tenant) {
        check();
        return delegate.rotate(tenant);
    }

    @Override
    public void shred(TenantId tenant) {
        check();
        delegate.shred(tenant);
    }

    @Override
    public boolean shredded(TenantId tenant) {
        check();
        return delegate.shredded(tenant);
    }
}
