package io.codeledger.infra.phi.keys.vault;

import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.github.jopenlibs.vault.Vault;
import io.github.jopenlibs.vault.VaultException;
import io.github.jopenlibs.vault.response.LogicalResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Vault Transit calls the key store makes, one HTTP call each (plus an AppRole login when the
 * token was refused). A key that does not exist in Vault comes back as an empty result, not an
 * error, because a deleted transit key is how a shredded tenant looks; every other failure is a
 * {@link KeyStoreUnavailableException}.
 */
final class VaultTransitClient {

    private final VaultSession session;
    private final String address;
    private final String mount;

    VaultTransitClient(VaultProperties properties) {
        this.session = new VaultSession(properties);
        this.address = properties.baseAddress();
        this.mount = properties.mountPath();
    }

    /** {@code POST transit/keys/<key>}: creates a non-exportable AES-256-GCM key; an existing key is left as it is. */
    void createKey(String key) {
        String call = "create transit key " + key;
        // Stated, not left to defaults: a key that could leave Vault could not be shredded.
        Map<String, Object> body = Map.of("type", "aes256-gcm96", "exportable", false, "allow_plaintext_backup", false);
        require(call, post(call, mount + "/keys/" + key, body));
    }

    /** {@code POST transit/datakey/wrapped/<key>}: a new 256-bit DEK, returned only wrapped. */
    Optional<String> wrappedDataKey(String key) {
        String call = "generate data key with " + key;
        return result(call, post(call, mount + "/datakey/wrapped/" + key, Map.of("bits", 256)))
                .map(data -> field(call, data, "ciphertext"));
    }

    /** {@code POST transit/decrypt/<key>}: the DEK bytes inside a wrapped DEK. */
    Optional<byte[]> decrypt(String key, String ciphertext) {
        String call = "unwrap data key with " + key;
        return result(call, post(call, mount + "/decrypt/" + key, Map.of("ciphertext", ciphertext)))
                .map(data -> decodeBase64(call, field(call, data, "plaintext")));
    }

    /** {@code POST transit/keys/<key>/rotate}: false if the key does not exist. */
    boolean rotate(String key) {
        String call = "rotate transit key " + key;
        return result(call, post(call, mount + "/keys/" + key + "/rotate", null))
                .isPresent();
    }

    /** {@code POST transit/rewrap/<key>}: the same DEK wrapped by the key's latest version. */
    Optional<String> rewrap(String key, String ciphertext) {
        String call = "rewrap data key with " + key;
        return result(call, post(call, mount + "/rewrap/" + key, Map.of("ciphertext", ciphertext)))
                .map(data -> field(call, data, "ciphertext"));
    }

    /** {@code POST transit/keys/<key>/config} with {@code deletion_allowed}: false if no such key. */
    boolean allowDeletion(String key) {
        String call = "allow deletion of transit key " + key;
        return result(call, post(call, mount + "/keys/" + key + "/config", Map.of("deletion_allowed", true)))
                .isPresent();
    }

    /** {@code DELETE transit/keys/<key>}: destroys every version of the key; a missing key is fine. */
    void delete(String key) {
        String call = "delete transit key " + key;
        result(call, execute(call, vault -> {
            try {
                return Reply.of(vault.logical().delete(mount + "/keys/" + key));
            } catch (VaultException e) {
                int status = e.getHttpStatusCode();
                if (status >= 400 && status < 500) {
                    return new Reply(status, Map.of(), VaultErrors.errorsOf(e));
                }
                throw e;
            }
        }));
    }

    private Reply post(String call, String path, Map<String, Object> body) {
        return execute(call, vault -> Reply.of(vault.logical().write(path, body)));
    }

    /** Runs a call; after a 403, renews the AppRole token (if that is the auth method) and retries once. */
    private Reply execute(String call, DriverCall action) {
        Vault vault = session.vault();
        Reply reply = attempt(call, vault, action);
        if (reply.status() == 403 && session.renewAfterDenial(vault)) {
            reply = attempt(call, session.vault(), action);
        }
        return reply;
    }

    private Reply attempt(String call, Vault vault, DriverCall action) {
        try {
            return action.run(vault);
        } catch (VaultException e) {
            throw VaultErrors.callFailed(call, e, address, session.tokenInUse());
        }
    }

    /** The response data; empty when Vault says the key does not exist; otherwise fails closed. */
    private Optional<Map<String, String>> result(String call, Reply reply) {
        if (reply.status() == 200 || reply.status() == 204) {
            return Optional.of(reply.data());
        }
        if (reply.status() == 400 && VaultErrors.keyNotFound(reply.errors())) {
            return Optional.empty();
        }
        throw VaultErrors.refused(call, reply.status(), reply.errors(), session.tokenInUse());
    }

    private void require(String call, Reply reply) {
        if (result(call, reply).isEmpty()) {
            throw VaultErrors.refused(call, reply.status(), reply.errors(), session.tokenInUse());
        }
    }

    private static String field(String call, Map<String, String> data, String name) {
        String value = data.get(name);
        if (value == null || value.isBlank()) {
            throw new KeyStoreUnavailableException(call + ": Vault's answer has no '" + name + "'", null);
        }
        return value;
    }

    private static byte[] decodeBase64(String call, String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new KeyStoreUnavailableException(call + ": Vault's plaintext is not base64", null);
        }
    }

    @FunctionalInterface
    private interface DriverCall {
        Reply run(Vault vault) throws VaultException;
    }

    /** Status, {@code data} fields and {@code errors} of one Vault answer. */
    private record Reply(int status, Map<String, String> data, List<String> errors) {

        static Reply of(LogicalResponse response) {
            var rest = response.getRestResponse();
            Map<String, String> data = response.getData() == null ? Map.of() : response.getData();
            return new Reply(rest.getStatus(), data, VaultErrors.errors(rest.getBody()));
        }
    }
}
