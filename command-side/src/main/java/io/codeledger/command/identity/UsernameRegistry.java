package io.codeledger.command.identity;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.Username;

/**
 * Usernames are unique across all tenants, because login names no tenant. Each account claims its
 * username in a table with a unique key, in the same transaction that appends its registration, so
 * two registrations can never both succeed. A claimed username is never released (also not on
 * deactivation), so a name in the audit trail always means one account.
 */
public interface UsernameRegistry {

    /** Claims {@code username} for {@code tenant}; false if any tenant already holds it. */
    boolean claim(Username username, TenantId tenant);
}
