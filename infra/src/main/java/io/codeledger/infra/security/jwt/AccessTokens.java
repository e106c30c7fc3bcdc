package io.codeledger.infra.security.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import io.codeledger.infra.security.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Issues and validates CodeLedger access tokens with Spring Security's Nimbus encoder and decoder
 * (no hand-written JWT): ES256 signed, header {@code typ: at+jwt} and {@code kid}; claims {@code
 * iss}, {@code aud}, {@code sub} (the username), {@code tenant}, {@code roles}, {@code sid} (the
 * session), {@code iat}, {@code nbf}, {@code exp}, {@code jti}. Validation accepts ES256 only, with
 * one of our published keys by {@code kid} (so {@code alg: none}, other algorithms and unknown keys
 * fail), the right issuer and audience, and an unexpired token.
 */
public final class AccessTokens {

    public static final String TENANT = "tenant";
    public static final String ROLES = "roles";
    public static final String SESSION = "sid";
    public static final String SCOPE = "scope";
    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

    private final JwtSigningKeys keys;
    private final SecurityProperties.Jwt settings;
    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    public AccessTokens(JwtSigningKeys keys, SecurityProperties.Jwt settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
    }

    /** A signed access token for a user or client; {@code scope} may be null. */
    public Issued issue(TenantId tenant, UserId subject, Collection<Role> roles, String sessionId, String scope) {
        Instant now = clock.instant();
        Duration ttl = settings.accessTokenTtl();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(List.of(settings.audience()))
                .subject(subject.value())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim(TENANT, tenant.value())
                .claim(ROLES, roles.stream().map(Enum::name).sorted().toList())
                .claim(SESSION, sessionId);
        if (scope != null) {
            claims.claim(SCOPE, scope);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256)
                .keyId(keys.signingKey().getKeyID())
                .type(TYPE.getType())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
        return new Issued(token, ttl.toSeconds());
    }

    /** A decoder that accepts only valid CodeLedger access tokens, checked also by {@code extra}. */
    public JwtDecoder decoder(OAuth2TokenValidator<Jwt> extra) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(keys.publicKeys())));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        validators.add(timestamps);
        validators.add(new JwtIssuerValidator(settings.issuer()));
        validators.add(new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(settings.audience())));
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, exp -> exp != null));
        validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
        validators.add(new JwtClaimValidator<String>(TENANT, tenant -> tenant != null && !tenant.isBlank()));
        validators.add(new JwtClaimValidator<String>(SESSION, sid -> sid != null && !sid.isBlank()));
        validators.add(new JwtClaimValidator<List<String>>(ROLES, roles -> roles != null));
        validators.add(extra);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The JWKS document: public keys only. */
    public JWKSet publicKeys() {
        return keys.publicKeys();
    }

    /** A token and its lifetime in seconds. */
    public record Issued(String token, long expiresIn) {}
}
