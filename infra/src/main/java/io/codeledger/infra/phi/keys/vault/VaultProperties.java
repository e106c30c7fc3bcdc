package io.codeledger.infra.phi.keys.vault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How CodeLedger reaches HashiCorp Vault for its per-tenant Transit keys ({@code codeledger.vault.*},
 * profile {@code production}). Authenticates with a static {@code token} or, when {@code
 * app-role.role-id} is set, by AppRole login. Secrets never appear in {@link #toString()}.
 *
 * @param address Vault's base URL, e.g. {@code https://vault.internal:8200}
 * @param token a client token (token auth); leave empty for AppRole
 * @param appRole AppRole credentials; used when {@code role-id} is set
 * @param transitMount where the Transit engine is mounted
 * @param keyPrefix transit key name prefix; the tenant id is appended
 * @param namespace Vault Enterprise namespace, empty for none
 * @param caCertificate PEM file of the CA that signed Vault's TLS certificate, if not in the JDK
 *     trust store
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long to wait for an answer (whole seconds, at least one)
 * @param retries how often a failed call (connection error or 5xx) is retried before failing closed
 * @param retryInterval the pause between retries
 */
@ConfigurationProperties("codeledger.vault")
public record VaultProperties(
        String address,
        String token,
        @DefaultValue AppRole appRole,
        @DefaultValue("transit") String transitMount,
        @DefaultValue("codeledger-tenant-") String keyPrefix,
        @DefaultValue("") String namespace,
        Path caCertificate,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("1") int retries,
        @DefaultValue("250ms") Duration retryInterval) {

    private static final Pattern KEY_NAME_PART = Pattern.compile("[A-Za-z0-9_.-]*");
    private static final Pattern MOUNT = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

    /** AppRole login credentials; {@code path} is where the AppRole auth method is mounted. */
    public record AppRole(@DefaultValue("approle") String path, String roleId, String secretId) {

        boolean configured() {
            return roleId != null && !roleId.isBlank();
        }

        @Override
        public String toString() {
            return "AppRole[path=" + path + ", roleId=" + (configured() ? "(set)" : "(unset)") + ", secretId="
                    + (secretId == null || secretId.isBlank() ? "(unset)" : "(redacted)") + "]";
        }
    }

    /** True when AppRole login is configured; a static token is used otherwise. */
    public boolean usesAppRole() {
        return appRole != null && appRole.configured();
    }

    /**
     * Checks that these settings can work at all, so a misconfigured node fails at start, not on the
     * first PHI write.
     *
     * @throws IllegalStateException with code {@code CL-CONF-002} naming the setting to fix
     */
    public VaultProperties validated() {
        if (address == null || !address.matches("https?://\\S+")) {
            throw misconfigured("codeledger.vault.address must be Vault's http(s) URL");
        }
        if (usesAppRole()) {
            if (appRole.secretId() == null || appRole.secretId().isBlank()) {
                throw misconfigured("codeledger.vault.app-role.secret-id is needed with app-role.role-id");
            }
        } else if (token == null || token.isBlank()) {
            throw misconfigured("set codeledger.vault.token, or codeledger.vault.app-role.role-id and secret-id");
        }
        if (!MOUNT.matcher(trimSlashes(transitMount)).matches()) {
            throw misconfigured("codeledger.vault.transit-mount must be a Vault path such as 'transit'");
        }
        if (!KEY_NAME_PART.matcher(keyPrefix).matches()) {
            throw misconfigured("codeledger.vault.key-prefix may hold only letters, digits, '_', '.' and '-'");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || retries < 0) {
            throw misconfigured("codeledger.vault timeouts must be positive and retries not negative");
        }
        return this;
    }

    /** Vault's address without a trailing slash. */
    String baseAddress() {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** The Transit mount path without leading or trailing slashes. */
    String mountPath() {
        return trimSlashes(transitMount);
    }

    /** The read timeout in whole seconds, as the driver takes it; never below one second. */
    int readTimeoutSeconds() {
        return (int) Math.max(1, (readTimeout.toMillis() + 999) / 1000);
    }

    private static String trimSlashes(String path) {
        return path == null ? "" : path.replaceAll("^/+|/+$", "");
    }

    private static IllegalStateException misconfigured(String what) {
        return new IllegalStateException("CL-CONF-002: Vault key store misconfigured: " + what);
    }

    @Override
    public String toString() {
        return "VaultProperties[address=" + address + ", token="
                + (token == null || token.isBlank() ? "(unset)" : "(redacted)") + ", appRole=" + appRole
                + ", transitMount=" + transitMount + ", keyPrefix=" + keyPrefix + ", namespace=" + namespace
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", retries=" + retries
                + "]";
    }
}
