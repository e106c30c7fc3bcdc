package io.codeledger.infra.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code AuthSession} table: one row per login (per refresh-token family, or per client token),
 * checked on every authenticated request. A request is accepted only while its session exists, is
 * not revoked, and was used within the idle time-out; {@link #touch} records use, at most once per
 * {@link #TOUCH_INTERVAL} so that reads stay cheap.
 */
public class AuthSessions {

    public static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;

    public AuthSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A session as stored. */
    public record Session(
            String sessionId,
            TenantId tenantId,
            Username username,
            Instant lastSeen,
            Instant expiresAt,
            Instant revokedAt) {

        public boolean activeAt(Instant now, Duration idleTimeout) {
            return revokedAt == null
                    && now.isBefore(expiresAt)
                    && !lastSeen.plus(idleTimeout).isBefore(now);
        }
    }

    public void open(String sessionId, TenantId tenant, Username username, Instant now, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO AuthSession (sessionId, tenantId, username, startedAt, lastSeen, expiresAt) VALUES (?, ?,"
                        + " ?, ?, ?, ?)",
                sessionId,
                tenant.value(),
                username.value(),
                now.toEpochMilli(),
                now.toEpochMilli(),
                expiresAt.toEpochMilli());
    }

    public Optional<Session> find(String sessionId) {
        return jdbc
                .query(
                        "SELECT sessionId, tenantId, username, lastSeen, expiresAt, revokedAt FROM AuthSession WHERE"
                                + " sessionId = ?",
                        (rs, row) -> new Session(
                                rs.getString(1),
                                TenantId.of(rs.getString(2)),
                                Username.of(rs.getString(3)),
                                Instant.ofEpochMilli(rs.getLong(4)),
                                Instant.ofEpochMilli(rs.getLong(5)),
                                rs.getObject(6) == null ? null : Instant.ofEpochMilli(rs.getLong(6))),
                        sessionId)
                .stream()
                .findFirst();
    }

    /** Records use of the session at {@code now} if the last record is older than the touch interval. */
    public void touch(Session session, Instant now) {
        if (session.lastSeen().plus(TOUCH_INTERVAL).isBefore(now)) {
            jdbc.update(
                    "UPDATE AuthSession SET lastSeen = ? WHERE sessionId = ? AND lastSeen < ?",
                    now.toEpochMilli(),
                    session.sessionId(),
                    now.toEpochMilli());
        }
    }

    /** A refresh extends the session: new expiry, and it counts as use. */
    public void refreshed(String sessionId, Instant now, Instant expiresAt) {
        jdbc.update(
                "UPDATE AuthSession SET lastSeen = ?, expiresAt = ? WHERE sessionId = ? AND revokedAt IS NULL",
                now.toEpochMilli(),
                expiresAt.toEpochMilli(),
                sessionId);
    }

    public void revoke(String sessionId, Instant now) {
        jdbc.update(
                "UPDATE AuthSession SET revokedAt = ? WHERE sessionId = ? AND revokedAt IS NULL",
                now.toEpochMilli(),
                sessionId);
    }

    /** Ends every session of an account (lock, deactivation, role revoked). */
    public int revokeAll(TenantId tenant, Username username, Instant now) {
        return jdbc.update(
                "UPDATE AuthSession SET revokedAt = ? WHERE tenantId = ? AND username = ? AND revokedAt IS NULL",
                now.toEpochMilli(),
                tenant.value(),
                username.value());
    }
}
