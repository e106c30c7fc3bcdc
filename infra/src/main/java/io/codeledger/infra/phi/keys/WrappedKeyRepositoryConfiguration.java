package io.codeledger.infra.phi.keys;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wrapped-DEK table beside the event store, for every key store (local keyring and Vault
 * Transit alike), so it is active in every profile.
 */
@Configuration(proxyBeanMethods = false)
class WrappedKeyRepositoryConfiguration {

    @Bean
    WrappedKeyRepository wrappedKeyRepository(
            DataSource dataSource, ObjectProvider<PlatformTransactionManager> transactionManager) {
        // Join the application's transactions when it has one transaction manager.
        PlatformTransactionManager transactions =
                transactionManager.getIfUnique(() -> new DataSourceTransactionManager(dataSource));
        return new JdbcWrappedKeyRepository(new JdbcTemplate(dataSource), new TransactionTemplate(transactions));
    }
}
