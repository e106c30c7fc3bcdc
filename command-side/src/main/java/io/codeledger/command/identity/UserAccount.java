package io.codeledger.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.identity.*;
import io.codeledger.api.phi.TotpSecret;
import io.codeledger.api.security.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's or integration client's account: roles, password (or client secret) hash, TOTP
 * secret, lock state, failed logins and open sessions (refresh-token families). Logins and
 * refreshes are commands too, so lockout counting and refresh-token rotation are decided here, one
 * at a time per account. Login and refresh handlers answer with an outcome instead of throwing, so a
 * refused attempt is recorded rather than rolled back.
 */
@Aggregate(commandTargetResolver = "aggregateCommandTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class UserAccount {

    /** The actor of what the account does by itself (lockouts, their end, idle and reuse revocations). */
    static final UserId SYSTEM = UserId.of("system:identity");

    @AggregateIdentifier
    private String id;

    private TenantId tenantId;
    private Username username;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private PasswordHash passwordHash;
    private TotpSecret totpSecret;
    private boolean deactivated;
    private final LoginAttempts attempts = new LoginAttempts();
    private final Sessions sessions = new Sessions();

    UserAccount() {}

    @CommandHandler
    UserAccount(RegisterUser cmd, UsernameRegistry registry) {
        if (cmd.roles().isEmpty()) {
            throw IdentityRules.noRoles();
        }
        if (cmd.roles().contains(Role.INTEGRATION_SERVICE) && cmd.roles().size() > 1) {
            throw IdentityRules.integrationServiceAlone(cmd.roles().stream()
                    .filter(r -> r != Role.INTEGRATION_SERVICE)
                    .findFirst()
                    .orElseThrow());
        }
        if (!registry.claim(cmd.username(), cmd.tenantId())) {
            throw IdentityRules.usernameTaken();
        }
        apply(new UserRegistered(cmd.tenantId(), cmd.username(), cmd.roles(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(SetPassword cmd) {
        requireActive();
        apply(new PasswordSet(tenantId, username, cmd.hash(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(EnrolTotp cmd) {
        requireActive();
        if (roles.contains(Role.INTEGRATION_SERVICE)) {
            throw IdentityRules.noTotpForClients();
        }
        apply(new TotpEnrolled(tenantId, username, cmd.secret(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(GrantRole cmd) {
        requireActive();
        if (roles.contains(cmd.role())) {
            return;
        }
        boolean machine = roles.contains(Role.INTEGRATION_SERVICE);
        if (machine || (cmd.role() == Role.INTEGRATION_SERVICE && !roles.isEmpty())) {
            throw IdentityRules.integrationServiceAlone(cmd.role());
        }
        apply(new RoleGranted(tenantId, username, cmd.role(), cmd.actor(), now()));
    }

    @CommandHandler
    void handle(RevokeRole cmd) {
        requireActive();
        if (roles.contains(cmd.role())) {
            apply(new RoleRevoked(tenantId, username, cmd.role(), cmd.actor(), now()));
        }
    }

    @CommandHandler
    void handle(LockUser cmd) {
        requireActive();
        apply(new UserLocked(tenantId, username, LockReason.ADMINISTRATOR, null, cmd.actor(), now()));
    }

    @CommandHandler
    void handle(UnlockUser cmd) {
        requireActive();
        if (attempts.locked()) {
            apply(new UserUnlocked(tenantId, username, cmd.actor(), now()));
        }
    }

    @CommandHandler
    void handle(DeactivateUser cmd) {
        if (!deactivated) {
            apply(new UserDeactivated(tenantId, username, cmd.actor(), now()));
        }
    }

    @CommandHandler
    AuthenticationOutcome handle(AuthenticateUser cmd, CredentialVerifier verifier, AuthenticationPolicy policy) {
        Instant now = now();
        LoginFailure refused = precheck(now, false);
        if (refused == null && (passwordHash == null || totpSecret == null)) {
            refused = LoginFailure.NOT_ENROLLED;
        }
        if (refused == null && !verifier.passwordMatches(cmd.password(), passwordHash)) {
            refused = LoginFailure.BAD_PASSWORD;
        }
        OptionalLong step = OptionalLong.empty();
        if (refused == null && cmd.totp().isEmpty()) {
            refused = LoginFailure.MISSING_TOTP;
        } else if (refused == null) {
            step = verifier.totpStep(totpSecret, cmd.totp(), now);
            if (step.isEmpty()) {
                refused = LoginFailure.BAD_TOTP;
            } else if (attempts.isReplay(step.getAsLong())) {
                refused = LoginFailure.REPLAYED_TOTP;
            }
        }
        if (refused != null) {
            return refuse(refused, cmd.clientIp(), cmd.requestId(), policy, now);
        }
        apply(new LoginSucceeded(
                tenantId,
                username,
                AuthenticationMethod.PASSWORD_AND_TOTP,
                cmd.sessionId(),
                step.getAsLong(),
                cmd.clientIp(),
                cmd.requestId(),
                username.userId(),
                now));
        apply(new RefreshTokenFamilyIssued(
                tenantId,
                username,
                cmd.sessionId(),
                cmd.refreshTokenHash(),
                cmd.refreshExpiresAt(),
                username.userId(),
                now));
        return AuthenticationOutcome.accepted(roles);
    }

    @CommandHandler
    AuthenticationOutcome handle(AuthenticateClient cmd, CredentialVerifier verifier, AuthenticationPolicy policy) {
        Instant now = now();
        LoginFailure refused = precheck(now, true);
        if (refused == null && passwordHash == null) {
            refused = LoginFailure.NOT_ENROLLED;
        }
        if (refused == null && !verifier.passwordMatches(cmd.secret(), passwordHash)) {
            refused = LoginFailure.BAD_PASSWORD;
        }
        if (refused != null) {
            return refuse(refused, cmd.clientIp(), cmd.requestId(), policy, now);
        }
        apply(new LoginSucceeded(
                tenantId,
                username,
                AuthenticationMethod.CLIENT_SECRET,
                cmd.sessionId(),
                0,
                cmd.clientIp(),
                cmd.requestId(),
                username.userId(),
                now));
        return AuthenticationOutcome.accepted(roles);
    }

    @CommandHandler
    RefreshOutcome handle(RefreshSession cmd, AuthenticationPolicy policy) {
        Instant now = now();
        Sessions.Family family = sessions.find(cmd.sessionId()).orElse(null);
        if (family == null || deactivated || attempts.lockedAt(now)) {
            return RefreshOutcome.refused(RefreshOutcome.Status.INVALID);
        }
        if (family.isSpent(cmd.presentedHash())) {
            apply(new RefreshTokenReuseDetected(
                    tenantId, username, cmd.sessionId(), cmd.clientIp(), cmd.requestId(), SYSTEM, now));
            return end(cmd.sessionId(), SessionEnd.REUSE_DETECTED, RefreshOutcome.Status.REUSED, now);
        }
        if (!family.isCurrent(cmd.presentedHash())) {
            return RefreshOutcome.refused(RefreshOutcome.Status.INVALID);
        }
        if (!now.isBefore(family.expiresAt())) {
            return end(cmd.sessionId(), SessionEnd.EXPIRED, RefreshOutcome.Status.EXPIRED, now);
        }
        Instant lastActive = cmd.lastActivity() != null && cmd.lastActivity().isAfter(family.lastRefreshed())
                ? cmd.lastActivity()
                : family.lastRefreshed();
        if (lastActive.plus(policy.idleTimeout()).isBefore(now)) {
            return end(cmd.sessionId(), SessionEnd.IDLE, RefreshOutcome.Status.IDLE, now);
        }
        apply(new RefreshTokenRotated(
                tenantId,
                username,
                cmd.sessionId(),
                cmd.newHash(),
                cmd.newExpiresAt(),
                cmd.clientIp(),
                cmd.requestId(),
                username.userId(),
                now));
        return new RefreshOutcome(RefreshOutcome.Status.ROTATED, roles);
    }

    @CommandHandler
    void handle(EndSession cmd) {
        if (sessions.isOpen(cmd.sessionId())) {
            apply(new RefreshTokenFamilyRevoked(
                    tenantId, username, cmd.sessionId(), SessionEnd.LOGOUT, cmd.actor(), now()));
        }
    }

    // --- state changes -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(UserRegistered e) {
        id = AggregateIds.user(e.tenantId(), e.username().value());
        tenantId = e.tenantId();
        username = e.username();
        roles.addAll(e.roles());
    }

    @EventSourcingHandler
    void on(PasswordSet e) {
        passwordHash = e.hash();
    }

    @EventSourcingHandler
    void on(TotpEnrolled e) {
        totpSecret = e.secret();
    }

    @EventSourcingHandler
    void on(RoleGranted e) {
        roles.add(e.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked e) {
        roles.remove(e.role());
        sessions.endAll();
    }

    @EventSourcingHandler
    void on(UserLocked e) {
        attempts.locked(e.until());
        sessions.endAll();
    }

    @EventSourcingHandler
    void on(UserUnlocked e) {
        attempts.unlocked();
    }

    @EventSourcingHandler
    void on(UserDeactivated e) {
        deactivated = true;
        sessions.endAll();
    }

    @EventSourcingHandler
    void on(LoginSucceeded e) {
        attempts.succeeded(e.totpStep());
    }

    @EventSourcingHandler
    void on(LoginFailed e) {
        attempts.failed(e.reason(), e.at());
    }

    @EventSourcingHandler
    void on(RefreshTokenFamilyIssued e) {
        sessions.issued(e.sessionId(), e.tokenHash(), e.expiresAt(), e.at());
    }

    @EventSourcingHandler
    void on(RefreshTokenRotated e) {
        sessions.rotated(e.sessionId(), e.tokenHash(), e.expiresAt(), e.at());
    }

    @EventSourcingHandler
    void on(RefreshTokenFamilyRevoked e) {
        sessions.ended(e.sessionId());
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Refusals that need no credential check: deactivated, locked, or the wrong kind of login. */
    private LoginFailure precheck(Instant now, boolean clientCredentials) {
        if (deactivated) {
            return LoginFailure.DEACTIVATED;
        }
        if (attempts.lockoutExpiredAt(now)) {
            apply(new UserUnlocked(tenantId, username, SYSTEM, now));
        }
        if (attempts.lockedAt(now)) {
            return LoginFailure.LOCKED;
        }
        return roles.contains(Role.INTEGRATION_SERVICE) == clientCredentials ? null : LoginFailure.WRONG_METHOD;
    }

    private AuthenticationOutcome refuse(
            LoginFailure reason, String clientIp, String requestId, AuthenticationPolicy policy, Instant now) {
        boolean lockNow = LoginAttempts.COUNTED.contains(reason) && attempts.reachesLimit(policy, now);
        apply(new LoginFailed(tenantId, username, reason, clientIp, requestId, username.userId(), now));
        if (lockNow) {
            apply(new UserLocked(
                    tenantId, username, LockReason.FAILED_LOGINS, now.plus(policy.lockoutDuration()), SYSTEM, now));
        }
        return AuthenticationOutcome.refused(reason);
    }

    private RefreshOutcome end(String sessionId, SessionEnd reason, RefreshOutcome.Status status, Instant now) {
        apply(new RefreshTokenFamilyRevoked(tenantId, username, sessionId, reason, SYSTEM, now));
        return RefreshOutcome.refused(status);
    }

    private void requireActive() {
        if (deactivated) {
            throw IdentityRules.deactivated();
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
