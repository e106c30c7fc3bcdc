package io.codeledger.infra.phi.keys.vault;

import io.codeledger.infra.phi.keys.TenantKeyStore;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code production}: tenant DEKs are wrapped by HashiCorp Vault Transit. Settings under
 * {@code codeledger.vault} (see docs/vault.md); a node with unusable settings fails at start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("production")
@EnableConfigurationProperties(VaultProperties.class)
class VaultKeyStoreConfiguration {

    /** The backend the DEK cache ({@code PhiConfiguration}) wraps: Vault is reached only on a cache miss. */
    @Bean("keyStoreBackend")
    TenantKeyStore vaultTransitKeyStore(VaultProperties properties, WrappedKeyRepository wrappedKeyRepository) {
        return VaultTransitKeyStore.create(properties, wrappedKeyRepository);
    }
}
