package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;

/**
 * The embedded default key store: AES-256 DEKs generated here, wrapped by the {@link MasterKey}
 * and stored through a {@link WrappedKeyRepository}. Each wrapped DEK is bound to its tenant and
 * version, so a wrapped key copied to another tenant's row does not unwrap.
 */
public class LocalKeyring implements TenantKeyStore {

    private final MasterKey master;
    private final WrappedKeyRepository repository;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentMap<TenantId, Object> creationLocks =
            new java.util.concurrent.ConcurrentHashMap<>();

    public LocalKeyring(MasterKey master, WrappedKeyRepository repository, Clock clock) {
        this.master = master;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public DataKey currentKey(TenantId tenant) {
        if (repository.shredded(tenant)) {
            throw new TenantKeysShreddedException(tenant);
        }
        Optional<WrappedKey> latest = latest(tenant);
        if (latest.isPresent()) {
            return unwrap(latest.get());
        }
        // one creator per tenant in this process; another node racing us loses on the primary key
        synchronized (creationLock(tenant)) {
            latest = latest(tenant);
            if (latest.isPresent()) {
                return unwrap(latest.get());
            }
            try {
                return create(tenant, 1);
            } catch (DuplicateKeyException raced) {
                return unwrap(latest(tenant).orElseThrow());
            }
        }
    }

    private Object creationLock(TenantId tenant) {
        return creationLocks.computeIfAbsent(tenant, t -> new Object());
    }

    @Override
    public Optional<DataKey> key(TenantId tenant, int version) {
        if (repository.shredded(tenant)) {
            return Optional.empty();
        }
        return repository.find(tenant).stream()
                .filter(k -> k.version() == version)
                .findFirst()
                .map(this::unwrap);
    }

    @Override
    public DataKey rotate(TenantId tenant) {
        if (repository.shredded(tenant)) {
            throw new TenantKeysShreddedException(tenant);
        }
        synchronized (creationLock(tenant)) {
            int next = latest(tenant).map(WrappedKey::version).orElse(0) + 1;
            return create(tenant, next);
        }
    }

    @Override
    public void shred(TenantId tenant) {
        repository.shred(tenant);
    }

    @Override
    public boolean shredded(TenantId tenant) {
        return repository.shredded(tenant);
    }

    private Optional<WrappedKey> latest(TenantId tenant) {
        List<WrappedKey> keys = repository.find(tenant);
        return keys.stream().max(Comparator.comparingInt(WrappedKey::version));
    }

    private DataKey create(TenantId tenant, int version) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            repository.insert(new WrappedKey(
                    tenant, version, master.wrap(key.getEncoded(), binding(tenant, version)), clock.instant()));
            return new DataKey(tenant, version, key);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreUnavailableException("cannot generate a data key", e);
        }
    }

    private DataKey unwrap(WrappedKey wrapped) {
        byte[] raw = master.unwrap(wrapped.wrapped(), binding(wrapped.tenant(), wrapped.version()));
        return new DataKey(wrapped.tenant(), wrapped.version(), new SecretKeySpec(raw, "AES"));
    }

    private static String binding(TenantId tenant, int version) {
        return "codeledger-dek|" + tenant.value() + "|" + version;
    }
}
