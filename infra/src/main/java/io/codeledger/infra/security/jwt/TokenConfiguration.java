package io.codeledger.infra.security.jwt;

import io.codeledger.infra.phi.PhiProperties;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.storage.CodeLedgerProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Access-token keys and codec, for the web server only (CLI commands issue no tokens). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TokenConfiguration {

    @Bean
    JwtSigningKeys jwtSigningKeys(CodeLedgerProperties storage, PhiProperties keys, SecurityProperties security) {
        return JwtSigningKeys.open(
                storage.dataDir().resolve("keys"),
                keys.keystorePassword(),
                security.jwt().keyRotation(),
                Clock.systemUTC());
    }

    @Bean
    AccessTokens accessTokens(JwtSigningKeys keys, SecurityProperties security) {
        return new AccessTokens(keys, security.jwt(), Clock.systemUTC());
    }
}
