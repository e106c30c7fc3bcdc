package io.codeledger.app.identity;

import io.codeledger.api.identity.PasswordHash;
import io.codeledger.api.identity.PresentedSecret;
import io.codeledger.api.phi.TotpSecret;
import io.codeledger.command.identity.AuthenticationPolicy;
import io.codeledger.command.identity.CredentialVerifier;
import io.codeledger.command.identity.UsernameRegistry;
import io.codeledger.infra.identity.UsernameClaims;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.security.credentials.TotpCodes;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The user-account aggregate's ports, carried out by infra: the username claim table, Spring
 * Security's password encoder with the TOTP library, and the configured login policy.
 */
@Configuration(proxyBeanMethods = false)
class IdentityPorts {

    @Bean
    UsernameRegistry usernameRegistry(UsernameClaims claims) {
        return claims::claim;
    }

    @Bean
    CredentialVerifier credentialVerifier(PasswordEncoder encoder, TotpCodes totp) {
        return new CredentialVerifier() {
            @Override
            public boolean passwordMatches(PresentedSecret presented, PasswordHash hash) {
                if (hash.shredded() || presented.isEmpty()) {
                    return false;
                }
                try {
                    return encoder.matches(presented.value(), hash.value());
                } catch (IllegalArgumentException unknownEncoding) {
                    return false;
                }
            }

            @Override
            public OptionalLong totpStep(TotpSecret secret, PresentedSecret code, Instant now) {
                return totp.step(secret, code.value(), now);
            }
        };
    }

    @Bean
    AuthenticationPolicy authenticationPolicy(SecurityProperties properties) {
        return new AuthenticationPolicy(
                properties.lockout().maxFailures(),
                properties.lockout().window(),
                properties.lockout().duration(),
                properties.idleTimeout());
    }
}
