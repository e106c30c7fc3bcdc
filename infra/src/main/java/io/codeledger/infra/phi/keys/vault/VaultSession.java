package io.codeledger.infra.phi.keys.vault;

import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.github.jopenlibs.vault.EnvironmentLoader;
import io.github.jopenlibs.vault.SslConfig;
import io.github.jopenlibs.vault.Vault;
import io.github.jopenlibs.vault.VaultConfig;
import io.github.jopenlibs.vault.VaultException;
import java.net.http.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authenticated connection to Vault: a driver client bound to the current client token. With
 * token auth the token is the configured one; with AppRole the token comes from {@code POST
 * auth/approle/login} on first use and again whenever Vault answers 403 (expired or revoked token).
 * Tokens are never logged and never put in an exception message.
 */
final class VaultSession {

    private static final Logger log = LoggerFactory.getLogger(VaultSession.class);

    /** Engine version 1: the driver must send our Transit paths verbatim, not KV-v2 rewritten. */
    private static final int PLAIN_PATHS = 1;

    private final VaultProperties properties;
    private final HttpClient http;
    private volatile Vault current;
    private volatile String currentToken;

    VaultSession(VaultProperties properties) {
        this.properties = properties;
        this.http = httpClient(properties);
    }

    /** The client for the current token, logging in first if no token is held yet. */
    Vault vault() {
        Vault vault = current;
        if (vault == null) {
            synchronized (this) {
                if (current == null) {
                    current = login();
                }
                vault = current;
            }
        }
        return vault;
    }

    /**
     * Called when Vault answered 403 to a call made with {@code denied}. With AppRole, logs in again
     * (once for all threads that saw the same denial) and returns true so the call is retried; with
     * a static token there is nothing to renew and it returns false.
     */
    synchronized boolean renewAfterDenial(Vault denied) {
        if (!properties.usesAppRole()) {
            return false;
        }
        if (current == denied) {
            log.info("Vault denied the AppRole token; logging in again");
            current = login();
        }
        return true;
    }

    /** The token in use, so error texts can be scrubbed of it; null before the first login. */
    String tokenInUse() {
        return currentToken;
    }

    private Vault login() {
        if (!properties.usesAppRole()) {
            currentToken = properties.token();
            return client(properties.token());
        }
        VaultProperties.AppRole role = properties.appRole();
        try {
            String token = client(null)
                    .auth()
                    .loginByAppRole(role.path(), role.roleId(), role.secretId())
                    .getAuthClientToken();
            if (token == null || token.isBlank()) {
                throw new KeyStoreUnavailableException(
                        "AppRole login at auth/" + role.path() + " answered without a client token", null);
            }
            currentToken = token;
            log.info("Logged in to Vault with AppRole at auth/{}", role.path());
            return client(token);
        } catch (VaultException e) {
            throw VaultErrors.callFailed(
                    "AppRole login at auth/" + role.path() + " (codeledger.vault.app-role)",
                    e,
                    properties.baseAddress(),
                    role.secretId());
        }
    }

    private Vault client(String token) {
        try {
            VaultConfig config = new VaultConfig()
                    .environmentLoader(new NoEnvironment())
                    .address(properties.baseAddress())
                    .token(token)
                    .openTimeout((int) Math.max(1, properties.connectTimeout().toSeconds()))
                    .readTimeout(properties.readTimeoutSeconds())
                    .httpClient(http);
            if (!properties.namespace().isBlank()) {
                config.nameSpace(properties.namespace());
            }
            return Vault.create(config.build(), PLAIN_PATHS).withRetries(properties.retries(), (int)
                    properties.retryInterval().toMillis());
        } catch (VaultException e) {
            throw VaultErrors.callFailed("Vault client set-up", e, properties.baseAddress(), token);
        }
    }

    /** One shared HTTP/1.1 client (the driver would otherwise build a new one per request). */
    private static HttpClient httpClient(VaultProperties properties) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (properties.caCertificate() != null) {
            try {
                builder.sslContext(new SslConfig()
                        .pemFile(properties.caCertificate().toFile())
                        .build()
                        .getSslContext());
            } catch (VaultException e) {
                throw new IllegalStateException(
                        "CL-CONF-002: Vault key store misconfigured: cannot read codeledger.vault.ca-certificate "
                                + properties.caCertificate(),
                        e);
            }
        }
        return builder.build();
    }

    /** Only explicit settings count: no VAULT_TOKEN variable or ~/.vault-token file is picked up. */
    private static final class NoEnvironment extends EnvironmentLoader {
        private static final long serialVersionUID = 1L;

        @Override
        public String loadVariable(String name) {
            return null;
        }
    }
}
