package io.codeledger.infra.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Claims the data directory for this process before any embedded store opens a file in it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CodeLedgerProperties.class)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    @Profile("!production")
    DataDirectoryLock dataDirectoryLock(CodeLedgerProperties properties) {
        return DataDirectoryLock.acquire(properties.dataDir());
    }
}
