package io.codeledger.infra.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication and transport settings ({@code codeledger.security.*}); the defaults are those of
 * docs/security.md.
 *
 * @param jwt access tokens: issuer, audience, lifetime, signing-key rotation
 * @param refreshTokenTtl how long one refresh token is valid (each use replaces it)
 * @param idleTimeout a session unused this long is logged off
 * @param lockout failed-login limit, its window, and how long the lock lasts
 * @param tls the self-signed certificate of the embedded default
 */
@ConfigurationProperties("codeledger.security")
public record SecurityProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue("P7D") Duration refreshTokenTtl,
        @DefaultValue("PT15M") Duration idleTimeout,
        @DefaultValue Lockout lockout,
        @DefaultValue Tls tls) {

    /** Access-token settings; {@code keyRotation} is the age at which a new signing key is made on start. */
    public record Jwt(
            @DefaultValue("https://codeledger.local") String issuer,
            @DefaultValue("codeledger-api") String audience,
            @DefaultValue("PT15M") Duration accessTokenTtl,
            @DefaultValue("P90D") Duration keyRotation) {}

    /** {@code maxFailures} failures within {@code window} lock an account for {@code duration}. */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("PT15M") Duration window,
            @DefaultValue("PT30M") Duration duration) {}

    /**
     * The self-signed certificate made on first start when {@code server.ssl.bundle} names {@link
     * #SELF_SIGNED_BUNDLE}; {@code hostnames} go into its subject alternative names.
     */
    public record Tls(@DefaultValue("localhost") List<String> hostnames) {

        public static final String SELF_SIGNED_BUNDLE = "codeledger-self-signed";
    }
}
