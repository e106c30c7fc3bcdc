package io.codeledger.infra.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.Username;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code UsernameClaim} table: which tenant holds each username. Claims join the caller's
 * transaction (the one appending the account's registration), so a failed registration leaves no
 * claim, and the primary key makes two concurrent registrations of one name impossible.
 */
public class UsernameClaims {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public UsernameClaims(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the name for the tenant; false if it is taken. */
    public boolean claim(Username username, TenantId tenant) {
        if (tenantOf(username).isPresent()) {
            return false;
        }
        try {
            jdbc.update(
                    "INSERT INTO UsernameClaim (username, tenantId, claimedAt) VALUES (?, ?, ?)",
                    username.value(),
                    tenant.value(),
                    clock.instant().toString());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The tenant that holds the name, if any. */
    public Optional<TenantId> tenantOf(Username username) {
        return jdbc
                .query(
                        "SELECT tenantId FROM UsernameClaim WHERE username = ?",
                        (rs, row) -> TenantId.of(rs.getString(1)),
                        username.value())
                .stream()
                .findFirst();
    }

    /** Every username of a tenant, in order. */
    public List<Username> usernames(TenantId tenant) {
        return jdbc.query(
                "SELECT username FROM UsernameClaim WHERE tenantId = ? ORDER BY username",
                (rs, row) -> Username.of(rs.getString(1)),
                tenant.value());
    }
}
