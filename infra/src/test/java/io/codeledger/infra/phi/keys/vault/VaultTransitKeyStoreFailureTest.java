package io.codeledger.infra.phi.keys.vault;

import static io.codeledger.infra.phi.keys.vault.VaultTestSettings.ROOT_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.WrappedKey;
import io.codeledger.infra.phi.keys.vault.FakeVaultServer.Call;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vault down, sealed, slow, misconfigured or refusing: the key store fails closed, saying why, revealing nothing. */
class VaultTransitKeyStoreFailureTest {

    private static final TenantId ACME = TenantId.of("acme");

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
    void aStoppedVaultFailsClosed() {
        store.currentKey(ACME);
        String[] secrets = secretsSoFar();
        vault.close();

        Throwable failure = catchThrowable(() -> store.key(ACME, 1));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("CL-PHI-003")
                .hasMessageContaining("cannot reach Vault at " + vault.address());
        assertRevealsNothing(failure, secrets);
    }

    @Test
    void aSealedVaultFailsClosed() {
        store.currentKey(ACME);
        String[] secrets = secretsSoFar();
        vault.seal();

        Throwable failure = catchThrowable(() -> store.currentKey(ACME));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("sealed");
        assertRevealsNothing(failure, secrets);
    }

    @Test
    void aVaultThatDoesNotAnswerInTimeFailsClosed() {
        vault.slowDownBy(Duration.ofMillis(2500));

        Throwable failure = catchThrowable(() -> store.currentKey(ACME));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("did not answer in time");
        assertThat(repository.find(ACME)).isEmpty();
    }

    @Test
    void aWrongTokenGivesAClearPermissionErrorWithoutTheToken() {
        String wrongToken = "hvs.CAESIWrongTokenWrongTokenWrongToken0001";
        VaultTransitKeyStore wrong =
                VaultTransitKeyStore.create(VaultTestSettings.token(vault.address(), wrongToken), repository);

        Throwable failure = catchThrowable(() -> wrong.currentKey(ACME));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("permission denied")
                .hasMessageNotContaining(wrongToken);
        assertThat(vault.calls()).singleElement().extracting(Call::token).isEqualTo(wrongToken);
        assertRevealsNothing(failure, wrongToken);
    }

    @Test
    void aTransitEngineMountedElsewhereFailsClosedAndDoesNotReadAsShredded() {
        store.currentKey(ACME);
        VaultProperties ok = VaultTestSettings.token(vault.address(), ROOT_TOKEN);
        VaultProperties elsewhere = new VaultProperties(
                ok.address(),
                ok.token(),
                ok.appRole(),
                "encryption",
                ok.keyPrefix(),
                "",
                null,
                ok.connectTimeout(),
                ok.readTimeout(),
                0,
                ok.retryInterval());
        VaultTransitKeyStore misconfigured = VaultTransitKeyStore.create(elsewhere, repository);

        Throwable failure = catchThrowable(() -> misconfigured.key(ACME, 1));

        assertThat(failure)
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("transit-mount");
        assertThat(store.key(ACME, 1)).isPresent();
    }

    @Test
    void aDataKeyThatVaultCannotOpenFailsClosedInsteadOfReadingAsShredded() {
        store.currentKey(ACME);
        String[] secrets = secretsSoFar();
        var stored = repository.find(ACME).get(0);
        repository.rewrap(new WrappedKey(
                ACME, 1, "vault:v1:" + Base64.getEncoder().encodeToString(new byte[60]), stored.created()));

        Throwable failure = catchThrowable(() -> store.key(ACME, 1));

        assertThat(failure).isInstanceOf(KeyStoreUnavailableException.class).hasMessageContaining("HTTP 400");
        assertRevealsNothing(failure, secrets);
    }

    @Test
    void retriesAreMadeBeforeFailingClosed() {
        vault.seal();
        VaultProperties ok = VaultTestSettings.token(vault.address(), ROOT_TOKEN);
        VaultProperties twoRetries = new VaultProperties(
                ok.address(),
                ok.token(),
                ok.appRole(),
                ok.transitMount(),
                ok.keyPrefix(),
                "",
                null,
                ok.connectTimeout(),
                ok.readTimeout(),
                2,
                Duration.ofMillis(5));

        Throwable failure = catchThrowable(
                () -> VaultTransitKeyStore.create(twoRetries, repository).currentKey(ACME));

        assertThat(failure).isInstanceOf(KeyStoreUnavailableException.class);
        assertThat(vault.calls()).hasSize(3);
    }

    /** The root token and every wrapped and unwrapped key of the tenant, while Vault still answers. */
    private String[] secretsSoFar() {
        List<String> secrets = new ArrayList<>(List.of(ROOT_TOKEN));
        repository.find(ACME).forEach(k -> {
            secrets.add(k.wrapped());
            secrets.add(k.wrapped().substring("vault:v1:".length()));
        });
        store.key(ACME, 1)
                .ifPresent(k ->
                        secrets.add(Base64.getEncoder().encodeToString(k.key().getEncoded())));
        return secrets.toArray(String[]::new);
    }

    /** None of the secrets in the message, the cause chain or the stack trace. */
    static void assertRevealsNothing(Throwable failure, String... secrets) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        for (String secret : secrets) {
            assertThat(trace.toString()).doesNotContain(secret);
        }
    }
}
