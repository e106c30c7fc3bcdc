package io.codeledger.app.identity;

import io.codeledger.api.identity.RefreshTokenFamilyRevoked;
import io.codeledger.api.identity.RoleRevoked;
import io.codeledger.api.identity.UserDeactivated;
import io.codeledger.api.identity.UserLocked;
import io.codeledger.infra.identity.AuthSessions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Ends sessions in the session table when the account's events say so: a lock, a deactivation or
 * a revoked role end all of the account's sessions, a revoked refresh-token family ends its own.
 * Whoever caused the event (an administrator over REST or the CLI, a lockout), every access token
 * of those sessions stops working at its next request. Errors are retried, never skipped.
 */
@Component
@ProcessingGroup(SessionRevocations.GROUP)
@DisallowReplay
class SessionRevocations {

    static final String GROUP = "auth-sessions";

    private final AuthSessions sessions;

    SessionRevocations(AuthSessions sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(UserLocked e) {
        sessions.revokeAll(e.tenantId(), e.username(), e.at());
    }

    @EventHandler
    void on(UserDeactivated e) {
        sessions.revokeAll(e.tenantId(), e.username(), e.at());
    }

    @EventHandler
    void on(RoleRevoked e) {
        sessions.revokeAll(e.tenantId(), e.username(), e.at());
    }

    @EventHandler
    void on(RefreshTokenFamilyRevoked e) {
        sessions.revoke(e.sessionId(), e.at());
    }
}
