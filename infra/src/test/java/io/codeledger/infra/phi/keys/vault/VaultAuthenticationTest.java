package io.codeledger.infra.phi.keys.vault;

import static io.codeledger.infra.phi.keys.vault.VaultTestSettings.ROOT_TOKEN;
import static io.codeledger.infra.phi.keys.vault.VaultTransitKeyStoreFailureTest.assertRevealsNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.vault.FakeVaultServer.Call;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AppRole login, logging in again after a refused token, and the Vault namespace header. */
class VaultAuthenticationTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final String ROLE_ID = "5f1e0c9a-role-codeledger";
    private static final String SECRET_ID = "9c2d7e41-secret-id-never-shown-0123456789";
    private static final String LOGIN = "/v1/auth/approle/login";

    private final InMemoryWrappedKeyRepository repository = new InMemoryWrappedKeyRepository();
    private FakeVaultServer vault;

    @BeforeEach
    void startVault() throws Exception {
        vault = FakeVaultServer.start(ROOT_TOKEN);
        vault.enableAppRole(ROLE_ID, SECRET_ID);
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    @Test
    void appRoleLoginObtainsATokenThatEveryTransitCallThenUses() {
        VaultTransitKeyStore store = appRoleStore(SECRET_ID);

        store.currentKey(ACME);

        List<Call> calls = vault.calls();
        assertThat(calls.get(0).method()).isEqualTo("POST");
        assertThat(calls.get(0).path()).isEqualTo(LOGIN);
        assertThat(calls.get(0).token()).isNull();
        assertThat(calls.get(0).body()).isEqualTo(Map.of("role_id", ROLE_ID, "secret_id", SECRET_ID));
        String issued = vault.issuedTokens().get(0);
        assertThat(calls.subList(1, calls.size()))
                .hasSize(3)
                .allSatisfy(call -> assertThat(call.token()).isEqualTo(issued));
    }

    @Test
    void theAppRoleLoginHappensOnceNotPerCall() {
        VaultTransitKeyStore store = appRoleStore(SECRET_ID);

        store.currentKey(ACME);
        store.currentKey(ACME);
        store.rotate(ACME);

        assertThat(vault.calls()).filteredOn(call -> call.path().equals(LOGIN)).hasSize(1);
    }

    @Test
    void aRefusedAppRoleTokenLeadsToOneNewLoginAndTheCallIsRepeated() {
        VaultTransitKeyStore store = appRoleStore(SECRET_ID);
        byte[] before = store.currentKey(ACME).key().getEncoded();
        vault.revokeAllTokens();
        vault.clearCalls();

        byte[] after = store.key(ACME, 1).orElseThrow().key().getEncoded();

        assertThat(after).isEqualTo(before);
        List<String> issued = vault.issuedTokens();
        assertThat(issued).hasSize(2);
        assertThat(vault.calls())
                .extracting(Call::path, Call::token)
                .containsExactly(
                        tuple("/v1/transit/decrypt/codeledger-tenant-acme", issued.get(0)),
                        tuple(LOGIN, null),
                        tuple("/v1/transit/decrypt/codeledger-tenant-acme", issued.get(1)));
    }

    @Test
    void aWrongSecretIdFailsClosedWithAClearErrorThatDoesNotShowIt() {
        String wrongSecret = "0000-wrong-secret-id-never-shown-9999";
        VaultTransitKeyStore store = appRoleStore(wrongSecret);

        Throwable failure = catchThrowable(() -> store.currentKey(ACME));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("AppRole login")
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("invalid role or secret ID");
        assertRevealsNothing(failure, wrongSecret, SECRET_ID, ROLE_ID);
        assertThat(vault.calls()).extracting(Call::path).containsExactly(LOGIN);
    }

    @Test
    void aStaticTokenThatVaultRefusesIsNotRetried() {
        VaultTransitKeyStore store = VaultTransitKeyStore.create(
                VaultTestSettings.token(vault.address(), "hvs.CAESIExpiredExpiredExpiredExpired01"), repository);

        assertThat(catchThrowable(() -> store.currentKey(ACME))).isInstanceOf(KeyStoreUnavailableException.class);
        assertThat(vault.calls()).hasSize(1);
    }

    @Test
    void theConfiguredNamespaceIsSentWithEveryCall() {
        VaultProperties settings = VaultTestSettings.settings(
                vault.address(), null, new VaultProperties.AppRole("approle", ROLE_ID, SECRET_ID), "hospital-a");
        VaultTransitKeyStore store = VaultTransitKeyStore.create(settings, repository);

        store.currentKey(ACME);

        assertThat(vault.calls())
                .hasSize(4)
                .allSatisfy(call -> assertThat(call.namespace()).isEqualTo("hospital-a"));
    }

    private VaultTransitKeyStore appRoleStore(String secretId) {
        return VaultTransitKeyStore.create(VaultTestSettings.appRole(vault.address(), ROLE_ID, secretId), repository);
    }
}
