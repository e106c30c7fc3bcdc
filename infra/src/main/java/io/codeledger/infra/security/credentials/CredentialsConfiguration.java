package io.codeledger.infra.security.credentials;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and one-time codes. Passwords and client secrets are hashed with Argon2id
 * (Spring Security's encoder, its current recommended parameters); the stored form names the
 * encoder ({@code {argon2@SpringSecurity_v5_8}...}), so parameters can be raised later and old
 * hashes still verify.
 */
@Configuration(proxyBeanMethods = false)
class CredentialsConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder(12)));
    }

    @Bean
    TotpCodes totpCodes() {
        return new TotpCodes("CodeLedger");
    }
}
