package io.codeledger.infra.identity;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The identity tables in the event-store database (see the V3/V5 identity migrations). */
@Configuration(proxyBeanMethods = false)
class IdentityStoreConfiguration {

    @Bean
    UsernameClaims usernameClaims(JdbcTemplate jdbc) {
        return new UsernameClaims(jdbc, Clock.systemUTC());
    }

    @Bean
    AuthSessions authSessions(JdbcTemplate jdbc) {
        return new AuthSessions(jdbc);
    }
}
