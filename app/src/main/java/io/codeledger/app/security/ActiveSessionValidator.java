package io.codeledger.app.security;

import io.codeledger.infra.identity.AuthSessions;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.security.jwt.AccessTokens;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An access token is accepted only while its session is open: not logged out, not revoked (reuse,
 * lock, deactivation, role revoked), and used within the idle time-out. Each accepted request
 * counts as use. This is what makes logout, lockout and idle logoff take effect at once rather than
 * when the 15-minute token expires.
 */
final class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error ENDED = new OAuth2Error("invalid_token", "the session has ended", null);

    private final AuthSessions sessions;
    private final SecurityProperties properties;
    private final Clock clock;

    ActiveSessionValidator(AuthSessions sessions, SecurityProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String sessionId = token.getClaimAsString(AccessTokens.SESSION);
        if (sessionId == null) {
            return OAuth2TokenValidatorResult.failure(ENDED);
        }
        Instant now = clock.instant();
        return sessions.find(sessionId)
                .filter(s -> s.username().value().equals(token.getSubject()))
                .filter(s -> s.tenantId().value().equals(token.getClaimAsString(AccessTokens.TENANT)))
                .filter(s -> s.activeAt(now, properties.idleTimeout()))
                .map(s -> {
                    sessions.touch(s, now);
                    return OAuth2TokenValidatorResult.success();
                })
                .orElseGet(() -> OAuth2TokenValidatorResult.failure(ENDED));
    }
}
