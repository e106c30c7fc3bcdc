package io.codeledger.infra.phi.keys.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.infra.phi.keys.JdbcWrappedKeyRepository;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Wiring: Vault Transit is the key store in profile production only; the wrapped-key table always. */
class VaultKeyStoreConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(KeyStoreConfigurations.class)
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:vault-config"));

    @Test
    void theProductionProfileMakesVaultTransitTheTenantKeyStore() {
        context.withPropertyValues(
                        "spring.profiles.active=production",
                        "codeledger.vault.address=https://vault.example:8200",
                        "codeledger.vault.app-role.role-id=role",
                        "codeledger.vault.app-role.secret-id=secret")
                .run(started -> {
                    assertThat(started).hasSingleBean(TenantKeyStore.class);
                    assertThat(started.getBean(TenantKeyStore.class)).isInstanceOf(VaultTransitKeyStore.class);
                    assertThat(started.getBean(VaultProperties.class).usesAppRole())
                            .isTrue();
                });
    }

    @Test
    void otherProfilesGetTheWrappedKeyRepositoryButNoVaultKeyStore() {
        context.run(started -> {
            assertThat(started).doesNotHaveBean(TenantKeyStore.class);
            assertThat(started.getBean(WrappedKeyRepository.class)).isInstanceOf(JdbcWrappedKeyRepository.class);
        });
    }

    @Test
    void productionWithoutVaultCredentialsFailsAtStartNamingTheSetting() {
        context.withPropertyValues(
                        "spring.profiles.active=production", "codeledger.vault.address=https://vault.example:8200")
                .run(started -> assertThat(started)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("CL-CONF-002")
                        .hasMessageContaining("codeledger.vault.token"));
    }

    @Test
    void boundSettingsNeverPrintTheirSecrets() {
        context.withPropertyValues(
                        "spring.profiles.active=production",
                        "codeledger.vault.address=https://vault.example:8200",
                        "codeledger.vault.token=hvs.printed-token-must-not-appear",
                        "codeledger.vault.app-role.secret-id=printed-secret-must-not-appear")
                .run(started -> assertThat(
                                started.getBean(VaultProperties.class).toString())
                        .contains("https://vault.example:8200")
                        .doesNotContain("printed-token-must-not-appear", "printed-secret-must-not-appear"));
    }

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.codeledger.infra.phi.keys")
    static class KeyStoreConfigurations {}
}
