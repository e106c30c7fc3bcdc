package io.codeledger.infra.phi.keys.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings that cannot work are refused at start, naming the setting; secrets never print. */
class VaultPropertiesTest {

    private static final VaultProperties.AppRole NO_APP_ROLE = new VaultProperties.AppRole("approle", null, null);

    @Test
    void anAddressWithoutHttpSchemeIsRefused() {
        assertThatThrownBy(() -> settings("vault.internal:8200", "transit", "codeledger-tenant-")
                        .validated())
                .hasMessageContaining("CL-CONF-002")
                .hasMessageContaining("codeledger.vault.address");
    }

    @Test
    void aKeyPrefixThatWouldChangeTheRequestPathIsRefused() {
        assertThatThrownBy(() ->
                        settings("https://vault:8200", "transit", "../sys/").validated())
                .hasMessageContaining("codeledger.vault.key-prefix");
    }

    @Test
    void aNestedTransitMountIsAcceptedAndItsSlashesTrimmed() {
        VaultProperties nested =
                settings("https://vault:8200/", "/team/transit/", "cl-").validated();

        assertThat(nested.mountPath()).isEqualTo("team/transit");
        assertThat(nested.baseAddress()).isEqualTo("https://vault:8200");
    }

    @Test
    void aSubSecondReadTimeoutIsRoundedUpToTheDriversOneSecond() {
        assertThat(settings("https://vault:8200", "transit", "cl-").readTimeoutSeconds())
                .isEqualTo(1);
    }

    @Test
    void anUnreadableCaCertificateFailsAtStartNamingTheSetting() {
        VaultProperties ok = settings("https://vault:8200", "transit", "cl-");
        VaultProperties missingCa = new VaultProperties(
                ok.address(),
                ok.token(),
                ok.appRole(),
                ok.transitMount(),
                ok.keyPrefix(),
                "",
                Path.of("/nonexistent/vault-ca.pem"),
                ok.connectTimeout(),
                ok.readTimeout(),
                0,
                Duration.ZERO);

        assertThatThrownBy(() -> VaultTransitKeyStore.create(missingCa, new InMemoryWrappedKeyRepository()))
                .hasMessageContaining("CL-CONF-002")
                .hasMessageContaining("codeledger.vault.ca-certificate");
    }

    @Test
    void printedSettingsHideTheTokenAndTheSecretId() {
        VaultProperties withSecrets = new VaultProperties(
                "https://vault:8200",
                "hvs.token-value",
                new VaultProperties.AppRole("approle", "role", "secret-value"),
                "transit",
                "cl-",
                "",
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                0,
                Duration.ZERO);

        assertThat(withSecrets.toString()).doesNotContain("hvs.token-value", "secret-value");
        assertThat(withSecrets.appRole().toString()).doesNotContain("secret-value");
    }

    private static VaultProperties settings(String address, String mount, String prefix) {
        return new VaultProperties(
                address,
                "hvs.token",
                NO_APP_ROLE,
                mount,
                prefix,
                "",
                null,
                Duration.ofSeconds(1),
                Duration.ofMillis(300),
                0,
                Duration.ZERO);
    }
}
