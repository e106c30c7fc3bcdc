package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps unwrapped DEKs (and the tenant's shredded flag) in memory for a TTL, so the backing key
 * store — Vault in production — is reached only on a cache miss. Shredding through this store
 * evicts the tenant at once; other nodes stop using a shredded tenant's key within the TTL.
 */
public class CachingTenantKeyStore implements TenantKeyStore {

    private record Entry<T>(T value, Instant expires) {}

    private record VersionKey(TenantId tenant, int version) {}

    private final TenantKeyStore delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<TenantId, Entry<DataKey>> current = new ConcurrentHashMap<>();
    private final Map<VersionKey, Entry<Optional<DataKey>>> versions = new ConcurrentHashMap<>();
    private final Map<TenantId, Entry<Boolean>> shredded = new ConcurrentHashMap<>();

    public CachingTenantKeyStore(TenantKeyStore delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public DataKey currentKey(TenantId tenant) {
        Entry<DataKey> hit = current.get(tenant);
        if (fresh(hit)) {
            return hit.value();
        }
        DataKey key = delegate.currentKey(tenant);
        current.put(tenant, new Entry<>(key, clock.instant().plus(ttl)));
        versions.put(
                new VersionKey(tenant, key.version()),
                new Entry<>(Optional.of(key), clock.instant().plus(ttl)));
        return key;
    }

    @Override
    public Optional<DataKey> key(TenantId tenant, int version) {
        VersionKey id = new VersionKey(tenant, version);
        Entry<Optional<DataKey>> hit = versions.get(id);
        if (fresh(hit)) {
            return hit.value();
        }
        Optional<DataKey> key = delegate.key(tenant, version);
        versions.put(id, new Entry<>(key, clock.instant().plus(ttl)));
        return key;
    }

    @Override
    public DataKey rotate(TenantId tenant) {
        DataKey key = delegate.rotate(tenant);
        evict(tenant);
        return key;
    }

    @Override
    public void shred(TenantId tenant) {
        evict(tenant);
        delegate.shred(tenant);
        evict(tenant);
        shredded.put(tenant, new Entry<>(true, Instant.MAX));
    }

    @Override
    public boolean shredded(TenantId tenant) {
        Entry<Boolean> hit = shredded.get(tenant);
        if (fresh(hit)) {
            return hit.value();
        }
        boolean value = delegate.shredded(tenant);
        shredded.put(tenant, new Entry<>(value, clock.instant().plus(ttl)));
        return value;
    }

    /** Forgets everything cached, e.g. after an outage or a key operation on another node. */
    public void clear() {
        current.clear();
        versions.clear();
        shredded.clear();
    }

    private void evict(TenantId tenant) {
        current.remove(tenant);
        versions.keySet().removeIf(k -> k.tenant().equals(tenant));
        shredded.remove(tenant);
    }

    private boolean fresh(Entry<?> entry) {
        return entry != null && clock.instant().isBefore(entry.expires());
    }
}
