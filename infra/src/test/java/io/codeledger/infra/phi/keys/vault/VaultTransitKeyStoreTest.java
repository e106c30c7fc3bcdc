package io.codeledger.infra.phi.keys.vault;

import static io.codeledger.infra.phi.keys.vault.VaultTestSettings.ROOT_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.TenantKeysShreddedException;
import io.codeledger.infra.phi.keys.WrappedKey;
import io.codeledger.infra.phi.keys.vault.FakeVaultServer.Call;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key lifecycle against a fake Vault: first use, unwrap, rotate with rewrap, shred. */
class VaultTransitKeyStoreTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final String ACME_KEY = "/v1/transit/keys/codeledger-tenant-acme";

    private final InMemoryWrappedKeyRepository repository = new InMemoryWrappedKeyRepository();
    private FakeVaultServer vault;
    private VaultTransitKeyStore store;

    @BeforeEach
    void startVault() throws Exception {
        vault = FakeVaultServer.start(ROOT_TOKEN);
        store = VaultTransitKeyStore.create(VaultTestSettings.token(vault.address(), ROOT_TOKEN), repository);
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    @Test
    void firstUseCreatesTheTransitKeyAndStoresAWrappedDataKeyAsVersionOne() {
        DataKey key = store.currentKey(ACME);

        List<Call> calls = vault.calls();
        assertThat(calls)
                .extracting(Call::method, Call::path)
                .containsExactly(
                        tuple("POST", ACME_KEY),
                        tuple("POST", "/v1/transit/datakey/wrapped/codeledger-tenant-acme"),
                        tuple("POST", "/v1/transit/decrypt/codeledger-tenant-acme"));
        assertThat(calls).allSatisfy(call -> assertThat(call.token()).isEqualTo(ROOT_TOKEN));
        assertThat(calls.get(0).body())
                .isEqualTo(Map.of("type", "aes256-gcm96", "exportable", false, "allow_plaintext_backup", false));
        assertThat(calls.get(1).body()).isEqualTo(Map.of("bits", 256));
        List<WrappedKey> stored = repository.find(ACME);
        assertThat(stored).singleElement().satisfies(wrapped -> {
            assertThat(wrapped.version()).isEqualTo(1);
            assertThat(wrapped.wrapped()).startsWith("vault:v1:");
        });
        assertThat(calls.get(2).body())
                .isEqualTo(Map.of("ciphertext", stored.get(0).wrapped()));
        assertThat(key.version()).isEqualTo(1);
        assertThat(key.key().getAlgorithm()).isEqualTo("AES");
        assertThat(key.key().getEncoded()).hasSize(32);
    }

    @Test
    void laterUseUnwrapsTheStoredDataKeyWithoutCreatingAnother() {
        DataKey first = store.currentKey(ACME);
        vault.clearCalls();

        DataKey again = store.currentKey(ACME);

        assertThat(vault.calls())
                .extracting(Call::method, Call::path, Call::token)
                .containsExactly(tuple("POST", "/v1/transit/decrypt/codeledger-tenant-acme", ROOT_TOKEN));
        assertThat(repository.find(ACME)).hasSize(1);
        assertThat(again.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void aStoredVersionOpensWhatItsCurrentKeySealed() throws Exception {
        DataKey sealing = store.currentKey(ACME);
        byte[] nonce = new byte[12];
        Cipher seal = Cipher.getInstance("AES/GCM/NoPadding");
        seal.init(Cipher.ENCRYPT_MODE, sealing.key(), new GCMParameterSpec(128, nonce));
        byte[] sealed = seal.doFinal("Jane Doe, 1970-01-01".getBytes(StandardCharsets.UTF_8));

        DataKey opening = store.key(ACME, 1).orElseThrow();
        Cipher open = Cipher.getInstance("AES/GCM/NoPadding");
        open.init(Cipher.DECRYPT_MODE, opening.key(), new GCMParameterSpec(128, nonce));

        assertThat(new String(open.doFinal(sealed), StandardCharsets.UTF_8)).isEqualTo("Jane Doe, 1970-01-01");
    }

    @Test
    void aVersionThatWasNeverCreatedIsEmpty() {
        store.currentKey(ACME);

        assertThat(store.key(ACME, 7)).isEmpty();
        assertThat(store.key(GLOBEX, 1)).isEmpty();
    }

    @Test
    void rotationRewrapsEveryStoredDataKeyAndMakesANewVersionCurrent() {
        byte[] v1 = store.currentKey(ACME).key().getEncoded();
        String v1WrappedBefore = repository.find(ACME).get(0).wrapped();
        vault.clearCalls();

        DataKey v2 = store.rotate(ACME);

        List<Call> calls = vault.calls();
        assertThat(calls)
                .extracting(Call::path)
                .containsExactly(
                        ACME_KEY + "/rotate",
                        "/v1/transit/rewrap/codeledger-tenant-acme",
                        "/v1/transit/datakey/wrapped/codeledger-tenant-acme",
                        "/v1/transit/decrypt/codeledger-tenant-acme");
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.token()).isEqualTo(ROOT_TOKEN);
        });
        assertThat(calls.get(0).body()).isEmpty();
        assertThat(calls.get(1).body()).isEqualTo(Map.of("ciphertext", v1WrappedBefore));
        assertThat(calls.get(2).body()).isEqualTo(Map.of("bits", 256));
        assertThat(calls.get(3).body())
                .isEqualTo(Map.of("ciphertext", repository.find(ACME).get(1).wrapped()));
        assertThat(repository.find(ACME))
                .extracting(WrappedKey::version, k -> k.wrapped().substring(0, 9))
                .containsExactly(tuple(1, "vault:v2:"), tuple(2, "vault:v2:"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.key().getEncoded()).isNotEqualTo(v1);
        assertThat(store.currentKey(ACME).version()).isEqualTo(2);
        assertThat(store.key(ACME, 1).orElseThrow().key().getEncoded()).isEqualTo(v1);
    }

    @Test
    void olderVersionsStillOpenAfterSeveralRotations() {
        byte[] v1 = store.currentKey(ACME).key().getEncoded();
        byte[] v2 = store.rotate(ACME).key().getEncoded();
        byte[] v3 = store.rotate(ACME).key().getEncoded();

        assertThat(store.key(ACME, 1).orElseThrow().key().getEncoded()).isEqualTo(v1);
        assertThat(store.key(ACME, 2).orElseThrow().key().getEncoded()).isEqualTo(v2);
        assertThat(store.key(ACME, 3).orElseThrow().key().getEncoded()).isEqualTo(v3);
        assertThat(repository.find(ACME))
                .allSatisfy(k -> assertThat(k.wrapped()).startsWith("vault:v3:"));
    }

    @Test
    void rotatingATenantWithoutKeysCreatesVersionOne() {
        assertThat(store.rotate(ACME).version()).isEqualTo(1);
        assertThat(vault.calls()).extracting(Call::path).doesNotContain(ACME_KEY + "/rotate");
    }

    @Test
    void shreddingAllowsDeletionAndThenDeletesTheTransitKey() {
        store.currentKey(ACME);
        vault.clearCalls();

        store.shred(ACME);

        List<Call> calls = vault.calls();
        assertThat(calls)
                .extracting(Call::method, Call::path)
                .containsExactly(tuple("POST", ACME_KEY + "/config"), tuple("DELETE", ACME_KEY));
        assertThat(calls.get(0).body()).isEqualTo(Map.of("deletion_allowed", true));
        assertThat(calls).allSatisfy(call -> assertThat(call.token()).isEqualTo(ROOT_TOKEN));
        assertThat(vault.transit().exists("codeledger-tenant-acme")).isFalse();
        assertThat(repository.find(ACME)).isEmpty();
        assertThat(store.shredded(ACME)).isTrue();
    }

    @Test
    void afterShreddingNoVersionOpensAndNoNewKeyIsIssued() {
        store.currentKey(ACME);
        store.rotate(ACME);

        store.shred(ACME);

        assertThat(store.key(ACME, 1)).isEmpty();
        assertThat(store.key(ACME, 2)).isEmpty();
        assertThatThrownBy(() -> store.currentKey(ACME))
                .isInstanceOf(TenantKeysShreddedException.class)
                .hasMessageContaining("CL-PHI-004");
        assertThatThrownBy(() -> store.rotate(ACME)).isInstanceOf(TenantKeysShreddedException.class);
        assertThat(vault.transit().exists("codeledger-tenant-acme")).isFalse();
    }

    @Test
    void shreddingTwiceOrATenantThatNeverHadKeysIsHarmless() {
        store.currentKey(ACME);
        store.shred(ACME);
        store.shred(ACME);
        store.shred(GLOBEX);

        assertThat(store.shredded(ACME)).isTrue();
        assertThat(store.shredded(GLOBEX)).isTrue();
    }

    @Test
    void shreddingOneTenantLeavesOtherTenantsReadable() {
        store.currentKey(ACME);
        byte[] globex = store.currentKey(GLOBEX).key().getEncoded();

        store.shred(ACME);

        assertThat(store.key(GLOBEX, 1).orElseThrow().key().getEncoded()).isEqualTo(globex);
        assertThat(store.shredded(GLOBEX)).isFalse();
    }

    @Test
    void aTransitKeyDeletedInVaultReadsAsShreddedEvenBeforeTheDatabaseKnows() {
        store.currentKey(ACME);
        vault.transit().get("codeledger-tenant-acme", "").deletionAllowed = true;
        vault.transit().delete("codeledger-tenant-acme");

        assertThat(store.key(ACME, 1)).isEmpty();
        assertThatThrownBy(() -> store.currentKey(ACME)).isInstanceOf(TenantKeysShreddedException.class);
    }

    @Test
    void aNodeThatLosesTheRaceToCreateVersionOneUsesTheWinnersKey() {
        VaultTransitKeyStore otherNode =
                VaultTransitKeyStore.create(VaultTestSettings.token(vault.address(), ROOT_TOKEN), repository);
        byte[][] winner = new byte[1][];
        repository.beforeNextInsert(
                () -> winner[0] = otherNode.currentKey(ACME).key().getEncoded());

        DataKey loser = store.currentKey(ACME);

        assertThat(repository.find(ACME)).hasSize(1);
        assertThat(loser.key().getEncoded()).isEqualTo(winner[0]);
    }
}
