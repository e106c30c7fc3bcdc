package io.codeledger.infra.phi;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.WrappedKey;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;

/** An in-memory wrapped-key table for tests. */
final class MemoryWrappedKeys implements WrappedKeyRepository {

    final List<WrappedKey> rows = new ArrayList<>();
    private final Set<TenantId> shredded = new HashSet<>();

    @Override
    public synchronized List<WrappedKey> find(TenantId tenant) {
        return rows.stream()
                .filter(k -> k.tenant().equals(tenant))
                .sorted(Comparator.comparingInt(WrappedKey::version))
                .toList();
    }

    @Override
    public synchronized void insert(WrappedKey key) {
        if (rows.stream().anyMatch(k -> k.tenant().equals(key.tenant()) && k.version() == key.version())) {
            throw new DuplicateKeyException("exists");
        }
        rows.add(key);
    }

    @Override
    public synchronized void rewrap(WrappedKey key) {
        rows.replaceAll(k -> k.tenant().equals(key.tenant()) && k.version() == key.version() ? key : k);
    }

    @Override
    public synchronized void shred(TenantId tenant) {
        rows.removeIf(k -> k.tenant().equals(tenant));
        shredded.add(tenant);
    }

    @Override
    public synchronized boolean shredded(TenantId tenant) {
        return shredded.contains(tenant);
    }
}
