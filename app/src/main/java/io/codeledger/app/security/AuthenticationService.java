package io.codeledger.app.security;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.*;
import io.codeledger.infra.identity.AuthSessions;
import io.codeledger.infra.identity.UsernameClaims;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.security.jwt.AccessTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Logins, refreshes, logouts and client-credential grants. The account aggregate decides (and
 * records) every attempt; this service finds the account by its globally unique username, mints
 * the session id and refresh token, opens or ends the session row every request is checked
 * against, and signs the access token. Failures all look alike to the caller and take about as
 * long, including for unknown usernames (a dummy hash is checked).
 */
@Service
@ConditionalOnWebApplication
public class AuthenticationService {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationService.class);
    static final String CLIENT_SCOPE = "encounters:write";

    private final CommandGateway commands;
    private final UsernameClaims usernames;
    private final AuthSessions sessions;
    private final AccessTokens tokens;
    private final SecurityProperties properties;
    private final PasswordEncoder encoder;
    private final Clock clock = Clock.systemUTC();
    private volatile String dummyHash;

    AuthenticationService(
            CommandGateway commands,
            UsernameClaims usernames,
            AuthSessions sessions,
            AccessTokens tokens,
            SecurityProperties properties,
            PasswordEncoder encoder) {
        this.commands = commands;
        this.usernames = usernames;
        this.sessions = sessions;
        this.tokens = tokens;
        this.properties = properties;
        this.encoder = encoder;
    }

    /** Tokens for a caller: the access token, its lifetime, and (for people) a refresh token. */
    public record Tokens(String accessToken, String refreshToken, long expiresIn, String scope) {}

    public Tokens login(String username, String password, String totp, RequestIds.RequestInfo request) {
        Optional<Account> account = find(username, password, AuthenticationRefused::login);
        Account a = account.orElseThrow(AuthenticationRefused::login);
        String sessionId = RefreshTokens.newSessionId();
        RefreshTokens.Issued refresh = RefreshTokens.issue(a.tenant(), a.username(), sessionId);
        Instant now = clock.instant();
        Instant refreshExpires = now.plus(properties.refreshTokenTtl());
        AuthenticationOutcome outcome = send(
                new AuthenticateUser(
                        a.tenant(),
                        a.username(),
                        new PresentedSecret(password),
                        new PresentedSecret(totp),
                        sessionId,
                        refresh.hash(),
                        refreshExpires,
                        request.clientIp(),
                        request.requestId()),
                AuthenticationRefused::login);
        if (!outcome.accepted()) {
            log.info("CL-AUTH-001 login refused for {}: {}", a.username(), outcome.failure());
            throw AuthenticationRefused.login();
        }
        sessions.open(sessionId, a.tenant(), a.username(), now, refreshExpires);
        AccessTokens.Issued access = tokens.issue(a.tenant(), a.username().userId(), outcome.roles(), sessionId, null);
        log.info("login of {} (tenant {}), session {}", a.username(), a.tenant(), sessionId);
        return new Tokens(access.token(), refresh.value(), access.expiresIn(), null);
    }

    public Tokens refresh(String refreshToken, RequestIds.RequestInfo request) {
        RefreshTokens.Parsed presented = RefreshTokens.parse(refreshToken).orElseThrow(AuthenticationRefused::refresh);
        if (!usernames
                .tenantOf(presented.username())
                .map(presented.tenant()::equals)
                .orElse(false)) {
            throw AuthenticationRefused.refresh();
        }
        Instant now = clock.instant();
        Instant lastActivity = sessions.find(presented.sessionId())
                .filter(s -> s.username().equals(presented.username()))
                .map(AuthSessions.Session::lastSeen)
                .orElse(null);
        RefreshTokens.Issued next =
                RefreshTokens.issue(presented.tenant(), presented.username(), presented.sessionId());
        Instant expires = now.plus(properties.refreshTokenTtl());
        RefreshOutcome outcome = send(
                new RefreshSession(
                        presented.tenant(),
                        presented.username(),
                        presented.sessionId(),
                        presented.hash(),
                        next.hash(),
                        expires,
                        lastActivity,
                        request.clientIp(),
                        request.requestId()),
                AuthenticationRefused::refresh);
        if (!outcome.rotated()) {
            log.warn("CL-AUTH-002 refresh refused for {}: {}", presented.username(), outcome.status());
            if (outcome.status() != RefreshOutcome.Status.INVALID) {
                sessions.revoke(presented.sessionId(), now);
            }
            throw AuthenticationRefused.refresh();
        }
        sessions.refreshed(presented.sessionId(), now, expires);
        AccessTokens.Issued access = tokens.issue(
                presented.tenant(), presented.username().userId(), outcome.roles(), presented.sessionId(), null);
        return new Tokens(access.token(), next.value(), access.expiresIn(), null);
    }

    public void logout(TenantId tenant, Username username, String sessionId) {
        commands.sendAndWait(new EndSession(tenant, username, sessionId, username.userId()));
        sessions.revoke(sessionId, clock.instant());
    }

    public Tokens clientCredentials(String clientId, String secret, RequestIds.RequestInfo request) {
        Account a = find(clientId, secret, AuthenticationRefused::client).orElseThrow(AuthenticationRefused::client);
        String sessionId = RefreshTokens.newSessionId();
        AuthenticationOutcome outcome = send(
                new AuthenticateClient(
                        a.tenant(),
                        a.username(),
                        new PresentedSecret(secret),
                        sessionId,
                        request.clientIp(),
                        request.requestId()),
                AuthenticationRefused::client);
        if (!outcome.accepted()) {
            log.info("CL-AUTH-003 client credentials refused for {}: {}", a.username(), outcome.failure());
            throw AuthenticationRefused.client();
        }
        Instant now = clock.instant();
        sessions.open(
                sessionId,
                a.tenant(),
                a.username(),
                now,
                now.plus(properties.jwt().accessTokenTtl()));
        AccessTokens.Issued access =
                tokens.issue(a.tenant(), a.username().userId(), outcome.roles(), sessionId, CLIENT_SCOPE);
        return new Tokens(access.token(), null, access.expiresIn(), CLIENT_SCOPE);
    }

    private record Account(TenantId tenant, Username username) {}

    /** The account of a typed username; for an unknown one, a dummy hash check keeps the timing alike. */
    private Optional<Account> find(String typed, String secret, Supplier<AuthenticationRefused> refused) {
        try {
            Username username = Username.normalized(typed);
            Optional<TenantId> tenant = usernames.tenantOf(username);
            if (tenant.isPresent()) {
                return Optional.of(new Account(tenant.get(), username));
            }
        } catch (DomainRuleViolation e) {
            // malformed username: same answer as an unknown one
        }
        encoder.matches(secret == null ? "" : secret, dummyHash());
        log.info("{} refused: unknown username", refused.get().code());
        return Optional.empty();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = encoder.encode(RefreshTokens.newSessionId());
        }
        return dummyHash;
    }

    private <R> R send(Object command, Supplier<AuthenticationRefused> refused) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw refused.get();
        }
    }
}
