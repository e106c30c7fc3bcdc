package io.codeledger.infra.phi.keys.vault;

import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.github.jopenlibs.vault.VaultException;
import io.github.jopenlibs.vault.json.Json;
import io.github.jopenlibs.vault.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what Vault and the driver report into {@link KeyStoreUnavailableException}s whose messages
 * say what failed and what to check, and never carry a token, a secret id, a ciphertext or key
 * bytes. The driver's own exceptions are never chained: their messages embed response bodies.
 */
final class VaultErrors {

    private static final String BODY_MARKER = "Response body: ";
    private static final Pattern CIPHERTEXT = Pattern.compile("vault:v\\d+:[A-Za-z0-9+/=]*");
    private static final Pattern LONG_TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=._-]{20,}");
    private static final int MAX_DETAIL = 300;

    private VaultErrors() {}

    /** A call that threw: no connection, a timeout, a 5xx (sealed, standby, failing), or a 4xx. */
    static KeyStoreUnavailableException callFailed(String call, VaultException e, String address, String token) {
        int status = e.getHttpStatusCode();
        if (status >= 500) {
            return new KeyStoreUnavailableException(
                    call + ": Vault answered HTTP " + status + describeServerError(status) + detail(errorsOf(e), token),
                    null);
        }
        if (status == 0) {
            Throwable root = rootCause(e);
            if (root instanceof HttpTimeoutException) {
                return new KeyStoreUnavailableException(
                        call + ": Vault at " + address + " did not answer in time (codeledger.vault.connect-timeout,"
                                + " read-timeout); check its health and the network",
                        root);
            }
            return new KeyStoreUnavailableException(
                    call + ": cannot reach Vault at " + address + " ("
                            + root.getClass().getSimpleName() + "); check that it is running and reachable",
                    root instanceof IOException ? root : null);
        }
        return refused(call, status, errorsOf(e), token);
    }

    /** Vault answered with a client error the adapter cannot work around. */
    static KeyStoreUnavailableException refused(String call, int status, List<String> errors, String token) {
        String hint = switch (status) {
            case 403 ->
                ": permission denied; the token is invalid or expired, or its policy lacks this capability"
                        + " (see docs/vault.md)";
            case 404 ->
                ": no such path; is the Transit engine mounted at the configured codeledger.vault.transit-mount?";
            case 301, 302, 307, 308 ->
                ": redirected (a standby node?); point codeledger.vault.address at the active node or its"
                        + " load balancer";
            default -> "";
        };
        return new KeyStoreUnavailableException(
                call + ": Vault refused the request (HTTP " + status + ")" + hint + detail(errors, token), null);
    }

    /** The {@code errors} array of a Vault error body; empty if the body has none. */
    static List<String> errors(byte[] body) {
        return body == null ? List.of() : errorsInJson(new String(body, StandardCharsets.UTF_8));
    }

    /** True if Vault's errors say the named key does not exist (its wording differs per endpoint). */
    static boolean keyNotFound(List<String> errors) {
        return errors.stream().anyMatch(text -> text.contains("not found") || text.contains("could be found"));
    }

    /** Removes anything that could be a token, a ciphertext or key bytes, and bounds the length. */
    static String scrub(String text, String token) {
        String scrubbed = text;
        if (token != null && !token.isBlank()) {
            scrubbed = scrubbed.replace(token, "[redacted]");
        }
        scrubbed = CIPHERTEXT.matcher(scrubbed).replaceAll("[redacted]");
        scrubbed = LONG_TOKEN_LIKE.matcher(scrubbed).replaceAll("[redacted]");
        return scrubbed.length() > MAX_DETAIL ? scrubbed.substring(0, MAX_DETAIL) + "..." : scrubbed;
    }

    private static String detail(List<String> errors, String token) {
        return errors.isEmpty() ? "" : " [Vault: " + scrub(String.join("; ", errors), token) + "]";
    }

    private static String describeServerError(int status) {
        return status == 503
                ? " (sealed, or a standby that cannot serve); retry once Vault is unsealed and active"
                : "; retry when Vault is healthy";
    }

    /** The {@code errors} in a driver exception: it puts the response body after a marker. */
    static List<String> errorsOf(VaultException e) {
        String driverMessage = e.getMessage();
        if (driverMessage == null || !driverMessage.contains(BODY_MARKER)) {
            return List.of();
        }
        return errorsInJson(driverMessage.substring(driverMessage.indexOf(BODY_MARKER) + BODY_MARKER.length()));
    }

    private static List<String> errorsInJson(String json) {
        List<String> errors = new ArrayList<>();
        try {
            JsonValue array = Json.parse(json).asObject().get("errors");
            if (array != null && array.isArray()) {
                array.asArray().forEach(value -> errors.add(value.isString() ? value.asString() : value.toString()));
            }
        } catch (RuntimeException notJson) {
            // A proxy's HTML page or an empty body: there is no Vault error text to pass on.
        }
        return errors;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
