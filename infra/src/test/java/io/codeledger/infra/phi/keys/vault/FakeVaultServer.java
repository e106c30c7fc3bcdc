package io.codeledger.infra.phi.keys.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.codeledger.infra.phi.keys.vault.FakeTransitEngine.TransitKey;
import io.codeledger.infra.phi.keys.vault.FakeTransitEngine.VaultError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-test HTTP server speaking Vault's documented HTTP API for exactly the endpoints CodeLedger
 * uses: Transit ({@code keys}, {@code keys/:name/rotate}, {@code keys/:name/config}, {@code
 * datakey/wrapped}, {@code decrypt}, {@code rewrap}, {@code DELETE keys/:name}) under {@code
 * /v1/transit/}, and AppRole login at {@code /v1/auth/approle/login}. It checks {@code
 * X-Vault-Token}, answers in Vault's {@code {"data": ...}} / {@code {"errors": [...]}} shapes with
 * its status codes, can be sealed (503) or slowed, and records every request it receives.
 */
final class FakeVaultServer implements AutoCloseable {

    /** One request as received: method, path, token and namespace headers, and the JSON body. */
    record Call(String method, String path, String token, String namespace, Map<String, Object> body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEYS = Pattern.compile("transit/keys/([^/]+)(/rotate|/config)?");
    private static final Pattern DATAKEY = Pattern.compile("transit/datakey/wrapped/([^/]+)");
    private static final Pattern CRYPT = Pattern.compile("transit/(decrypt|rewrap)/([^/]+)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final FakeTransitEngine transit = new FakeTransitEngine();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile String roleId;
    private volatile String secretId;
    private volatile boolean sealed;
    private volatile Duration delay = Duration.ZERO;

    private FakeVaultServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port; {@code token} is accepted from the start. */
    static FakeVaultServer start(String token) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeVaultServer fake = new FakeVaultServer(http);
        fake.tokens.add(token);
        http.createContext("/", fake::handle);
        http.setExecutor(fake.executor);
        http.start();
        return fake;
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeTransitEngine transit() {
        return transit;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    void clearCalls() {
        calls.clear();
    }

    void enableAppRole(String roleId, String secretId) {
        this.roleId = roleId;
        this.secretId = secretId;
    }

    /** Tokens handed out by AppRole logins, oldest first. */
    List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }

    /** Every token stops working, as when they expire or are revoked. */
    void revokeAllTokens() {
        tokens.clear();
    }

    void seal() {
        sealed = true;
    }

    void slowDownBy(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> body = raw.length == 0 ? Map.of() : JSON.readValue(raw, Map.class);
            String token = exchange.getRequestHeaders().getFirst("X-Vault-Token");
            calls.add(new Call(method, path, token, exchange.getRequestHeaders().getFirst("X-Vault-Namespace"), body));
            pause();
            try {
                Object data = route(method, path, token, body);
                if (data == null) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    send(exchange, 200, data instanceof Envelope whole ? whole.json : envelope(data));
                }
            } catch (VaultError e) {
                send(exchange, e.status, Map.of("errors", List.of(e.getMessage())));
            }
        }
    }

    private Object route(String method, String path, String token, Map<String, Object> body) {
        if (sealed) {
            throw new VaultError(503, "Vault is sealed");
        }
        if (!path.startsWith("/v1/")) {
            throw new VaultError(404, "not found");
        }
        String route = path.substring("/v1/".length());
        boolean write = method.equals("POST") || method.equals("PUT");
        if (route.equals("auth/approle/login") && write) {
            return login(body);
        }
        if (token == null || !tokens.contains(token)) {
            throw new VaultError(403, "permission denied");
        }
        Matcher keys = KEYS.matcher(route);
        if (keys.matches() && keys.group(2) == null && method.equals("DELETE")) {
            transit.delete(keys.group(1));
            return null;
        }
        if (keys.matches() && write) {
            return keyOperation(keys.group(1), keys.group(2), body);
        }
        Matcher datakey = DATAKEY.matcher(route);
        if (datakey.matches() && write) {
            return dataKey(datakey.group(1), body);
        }
        Matcher crypt = CRYPT.matcher(route);
        if (crypt.matches() && write) {
            TransitKey key = transit.get(crypt.group(2), "encryption key not found");
            byte[] plaintext = transit.decrypt(key, (String) body.get("ciphertext"));
            if (crypt.group(1).equals("decrypt")) {
                return Map.of("plaintext", Base64.getEncoder().encodeToString(plaintext));
            }
            return Map.of("ciphertext", transit.encrypt(key, plaintext), "key_version", key.latestVersion());
        }
        throw new VaultError(404, "no handler for route \"" + route + "\". route entry not found.");
    }

    private Object keyOperation(String name, String action, Map<String, Object> body) {
        if (action == null) {
            return transit.create(name, (String) body.getOrDefault("type", "aes256-gcm96"))
                    .info();
        }
        if (action.equals("/rotate")) {
            TransitKey key = transit.get(name, "key not found");
            key.rotate();
            return key.info();
        }
        TransitKey key = transit.get(name, "no existing key named " + name + " could be found");
        if (body.get("deletion_allowed") instanceof Boolean allowed) {
            key.deletionAllowed = allowed;
        }
        return key.info();
    }

    private Object dataKey(String name, Map<String, Object> body) {
        TransitKey key = transit.get(name, "encryption key not found");
        Object bits = body.getOrDefault("bits", 256);
        if (!(bits instanceof Integer b) || (b != 128 && b != 256 && b != 512)) {
            throw new VaultError(400, "invalid bits; must be 128, 256, or 512");
        }
        byte[] dek = FakeTransitEngine.randomBytes(b / 8);
        return Map.of("ciphertext", transit.encrypt(key, dek), "key_version", key.latestVersion());
    }

    private Envelope login(Map<String, Object> body) {
        if (roleId == null || !roleId.equals(body.get("role_id")) || !secretId.equals(body.get("secret_id"))) {
            throw new VaultError(400, "invalid role or secret ID");
        }
        String token = "hvs.CAESI" + UUID.randomUUID().toString().replace("-", "");
        tokens.add(token);
        issuedTokens.add(token);
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("client_token", token);
        auth.put("accessor", UUID.randomUUID().toString());
        auth.put("policies", List.of("codeledger-transit", "default"));
        auth.put("token_policies", List.of("codeledger-transit", "default"));
        auth.put("metadata", Map.of("role_name", "codeledger"));
        auth.put("lease_duration", 3600);
        auth.put("renewable", true);
        auth.put("token_type", "service");
        Map<String, Object> json = envelope(null);
        json.put("auth", auth);
        return new Envelope(json);
    }

    private static Map<String, Object> envelope(Object data) {
        Map<String, Object> json = new HashMap<>();
        json.put("request_id", UUID.randomUUID().toString());
        json.put("lease_id", "");
        json.put("renewable", false);
        json.put("lease_duration", 0);
        json.put("data", data);
        json.put("wrap_info", null);
        json.put("warnings", null);
        json.put("auth", null);
        return json;
    }

    private static void send(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        // Vault sends exactly this content type; the driver's AppRole login insists on it.
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A complete answer body, for the login that puts its result under {@code auth}. */
    private record Envelope(Map<String, Object> json) {}
}
