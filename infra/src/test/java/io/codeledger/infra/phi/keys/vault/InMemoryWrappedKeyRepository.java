package io.codeledger.infra.phi.keys.vault;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.WrappedKey;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;

/** The wrapped-DEK table in memory, with the JDBC repository's duplicate-version rule. */
final class InMemoryWrappedKeyRepository implements WrappedKeyRepository {

    private final Map<TenantId, List<WrappedKey>> keys = new ConcurrentHashMap<>();
    private final Set<TenantId> shredded = ConcurrentHashMap.newKeySet();
    private volatile Runnable beforeNextInsert = () -> {};

    /** Runs {@code action} just before the next insert, e.g. another node winning a race. */
    void beforeNextInsert(Runnable action) {
        this.beforeNextInsert = action;
    }

    @Override
    public synchronized List<WrappedKey> find(TenantId tenant) {
        List<WrappedKey> stored = new ArrayList<>(keys.getOrDefault(tenant, List.of()));
        stored.sort(Comparator.comparingInt(WrappedKey::version));
        return stored;
    }

    @Override
    public void insert(WrappedKey key) {
        Runnable action = beforeNextInsert;
        beforeNextInsert = () -> {};
        action.run();
        synchronized (this) {
            List<WrappedKey> stored = keys.computeIfAbsent(key.tenant(), t -> new ArrayList<>());
            if (stored.stream().anyMatch(k -> k.version() == key.version())) {
                throw new DuplicateKeyException("TenantDataKey " + key);
            }
            stored.add(key);
        }
    }

    @Override
    public synchronized void rewrap(WrappedKey key) {
        List<WrappedKey> stored = keys.getOrDefault(key.tenant(), new ArrayList<>());
        stored.replaceAll(k -> k.version() == key.version() ? key : k);
    }

    @Override
    public synchronized void shred(TenantId tenant) {
        keys.remove(tenant);
        shredded.add(tenant);
    }

    @Override
    public boolean shredded(TenantId tenant) {
        return shredded.contains(tenant);
    }
}
