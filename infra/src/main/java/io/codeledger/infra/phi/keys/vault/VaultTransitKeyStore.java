package io.codeledger.infra.phi.keys.vault;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import io.codeledger.infra.phi.keys.TenantKeysShreddedException;
import io.codeledger.infra.phi.keys.WrappedKey;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-tenant DEKs wrapped by HashiCorp Vault Transit (profile {@code production}). Each tenant has
 * one transit key ({@code <key-prefix><tenant>}, AES-256-GCM) that never leaves Vault; DEKs come
 * from {@code transit/datakey/wrapped}, are stored only wrapped in the {@link WrappedKeyRepository}
 * and are unwrapped with {@code transit/decrypt} when needed. Rotation rotates the transit key,
 * rewraps every stored DEK and adds a new DEK version. Shredding allows deletion of the transit key,
 * deletes it in Vault and then forgets the wrapped DEKs, so no copy of the database can open them.
 *
 * <p>Vault unreachable, sealed, failing or refusing: {@link KeyStoreUnavailableException} (fail
 * closed). A transit key that Vault no longer has reads as shredded. This class holds no cache:
 * every call reaches Vault, so callers put a DEK cache in front of it.
 */
public class VaultTransitKeyStore implements TenantKeyStore {

    private static final Logger log = LoggerFactory.getLogger(VaultTransitKeyStore.class);
    private static final int DEK_BYTES = 32;

    private final VaultTransitClient transit;
    private final WrappedKeyRepository repository;
    private final String keyPrefix;
    private final Clock clock;

    VaultTransitKeyStore(VaultTransitClient transit, WrappedKeyRepository repository, String keyPrefix, Clock clock) {
        this.transit = transit;
        this.repository = repository;
        this.keyPrefix = keyPrefix;
        this.clock = clock;
    }

    /**
     * A key store for these settings. Makes no call to Vault yet: a token is checked and an AppRole
     * login happens on first use.
     *
     * @throws IllegalStateException ({@code CL-CONF-002}) if the settings cannot work
     */
    public static VaultTransitKeyStore create(VaultProperties properties, WrappedKeyRepository repository) {
        VaultProperties checked = properties.validated();
        return new VaultTransitKeyStore(
                new VaultTransitClient(checked), repository, checked.keyPrefix(), Clock.systemUTC());
    }

    @Override
    public DataKey currentKey(TenantId tenant) {
        refuseIfShredded(tenant);
        WrappedKey current = latest(repository.find(tenant)).orElseGet(() -> createFirstVersion(tenant));
        return unwrap(current).orElseThrow(() -> new TenantKeysShreddedException(tenant));
    }

    @Override
    public Optional<DataKey> key(TenantId tenant, int version) {
        if (repository.shredded(tenant)) {
            return Optional.empty();
        }
        return repository.find(tenant).stream()
                .filter(stored -> stored.version() == version)
                .findFirst()
                .flatMap(this::unwrap);
    }

    @Override
    public DataKey rotate(TenantId tenant) {
        refuseIfShredded(tenant);
        List<WrappedKey> stored = repository.find(tenant);
        if (stored.isEmpty()) {
            return currentKey(tenant);
        }
        String key = keyName(tenant);
        if (!transit.rotate(key)) {
            throw new TenantKeysShreddedException(tenant);
        }
        for (WrappedKey old : stored) {
            String rewrapped =
                    transit.rewrap(key, old.wrapped()).orElseThrow(() -> new TenantKeysShreddedException(tenant));
            repository.rewrap(new WrappedKey(tenant, old.version(), rewrapped, old.created()));
        }
        int next = latest(stored).orElseThrow().version() + 1;
        WrappedKey added = store(tenant, next);
        log.info("Rotated the Vault transit key of tenant {}; data key version {} is current", tenant, next);
        return unwrap(added).orElseThrow(() -> new TenantKeysShreddedException(tenant));
    }

    @Override
    public void shred(TenantId tenant) {
        String key = keyName(tenant);
        // Order matters: Vault refuses to delete a key until deletion_allowed is set on it.
        if (transit.allowDeletion(key)) {
            transit.delete(key);
        }
        repository.shred(tenant);
        log.info("Shredded the PHI keys of tenant {}: transit key deleted, wrapped data keys forgotten", tenant);
    }

    @Override
    public boolean shredded(TenantId tenant) {
        return repository.shredded(tenant);
    }

    /** The transit key name for a tenant (tenant ids are already URL-safe). */
    String keyName(TenantId tenant) {
        return keyPrefix + tenant.value();
    }

    private WrappedKey createFirstVersion(TenantId tenant) {
        transit.createKey(keyName(tenant));
        WrappedKey first = store(tenant, 1);
        log.info("Created the Vault transit key and data key version 1 for tenant {}", tenant);
        return first;
    }

    /**
     * Generates and stores DEK {@code version}. If another node stored that version first, its key
     * wins and is used here too, so every node seals with the same DEK.
     */
    private WrappedKey store(TenantId tenant, int version) {
        String wrapped =
                transit.wrappedDataKey(keyName(tenant)).orElseThrow(() -> new TenantKeysShreddedException(tenant));
        WrappedKey candidate = new WrappedKey(tenant, version, wrapped, clock.instant());
        try {
            repository.insert(candidate);
            return candidate;
        } catch (RuntimeException insertFailed) {
            return repository.find(tenant).stream()
                    .filter(stored -> stored.version() == version)
                    .findFirst()
                    .orElseThrow(() -> insertFailed);
        }
    }

    private Optional<DataKey> unwrap(WrappedKey stored) {
        Optional<byte[]> plain = transit.decrypt(keyName(stored.tenant()), stored.wrapped());
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = plain.get();
        try {
            if (bytes.length != DEK_BYTES) {
                throw new KeyStoreUnavailableException(
                        "Vault unwrapped data key version " + stored.version() + " of tenant " + stored.tenant()
                                + " to " + bytes.length + " bytes instead of " + DEK_BYTES,
                        null);
            }
            return Optional.of(new DataKey(stored.tenant(), stored.version(), new SecretKeySpec(bytes, "AES")));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void refuseIfShredded(TenantId tenant) {
        if (repository.shredded(tenant)) {
            throw new TenantKeysShreddedException(tenant);
        }
    }

    private static Optional<WrappedKey> latest(List<WrappedKey> stored) {
        return stored.stream().max(Comparator.comparingInt(WrappedKey::version));
    }
}
