package io.codeledger.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.AddCode;
import io.codeledger.api.encounter.ClaimEncounter;
import io.codeledger.api.encounter.SetPrincipalDiagnosis;
import io.codeledger.api.encounter.SubmitCoding;
import io.codeledger.api.identity.Username;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.phi.TotpSecret;
import io.codeledger.api.security.Role;
import io.codeledger.app.identity.UserAdministration;
import io.codeledger.app.platform.EncounterImporter;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import io.codeledger.infra.security.credentials.TotpCodes;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The real application for the security suite: a data directory prepared by the CLI operator (two
 * tenants with synthetic encounters carrying PHI canaries, accounts of every role, one encounter
 * coded and submitted by a user who is also a supervisor), then served over HTTPS on a random port.
 * Requests go through a client that trusts exactly the server's self-signed certificate.
 */
final class SecuredServer implements AutoCloseable {

    static final TenantId A = TenantId.of("ta");
    static final TenantId B = TenantId.of("tb");
    static final String CANARY_A = "Alphacanary";
    static final String CANARY_B = "Bravocanary";
    static final String PASSWORD = "Correct-horse-battery-9";
    static final String SUBMITTED = "A-3";

    final Path dataDir;
    final Platform platform;
    final HttpClient http;
    final String base;
    final Map<String, TotpSecret> secrets = new HashMap<>();
    final Map<String, String> clientSecrets = new HashMap<>();
    private final Map<String, Long> lastStep = new HashMap<>();
    private final Map<String, String> accessTokens = new HashMap<>();
    private final TotpCodes totp = new TotpCodes("CodeLedger");
    private final ObjectMapper json = new ObjectMapper();

    SecuredServer(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        prepare();
        platform = Platform.start(dataDir, WebApplicationType.SERVLET, "server.port=0", "server.address=127.0.0.1");
        int port = ((WebServerApplicationContext) platform.context())
                .getWebServer()
                .getPort();
        base = "https://127.0.0.1:" + port;
        http = HttpClient.newBuilder()
                .sslContext(trusting(dataDir.resolve("keys")))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private void prepare() throws Exception {
        try (Platform operator = Platform.start(dataDir)) {
            EncounterImporter importer = operator.bean(EncounterImporter.class);
            UserId feed = UserId.of("cli:test");
            importer.importLines(reader(lines("A-", CANARY_A, 4)), A, feed, n -> {});
            importer.importLines(reader(lines("B-", CANARY_B, 3)), B, feed, n -> {});
            UserAdministration users = operator.bean(UserAdministration.class);
            add(users, A, "coder-a", Role.CODER);
            add(users, A, "coder-a2", Role.CODER);
            add(users, A, "reuse-a", Role.CODER);
            add(users, A, "brute-a", Role.CODER);
            add(users, A, "logout-a", Role.CODER);
            add(users, A, "super-a", Role.SUPERVISOR);
            add(users, A, "both-a", Role.CODER, Role.SUPERVISOR);
            add(users, A, "admin-a", Role.ADMIN);
            add(users, B, "coder-b", Role.CODER);
            var client = users.addUser(A, Username.of("ehr-a"), Set.of(Role.INTEGRATION_SERVICE), null, feed);
            clientSecrets.put("ehr-a", client.clientSecret());
            codeAndSubmit(operator.bean(CommandGateway.class), UserId.of("both-a"));
            operator.bean(ProjectionSync.class).awaitCaughtUp(Duration.ofSeconds(60));
        }
    }

    private void add(UserAdministration users, TenantId tenant, String name, Role... roles) {
        var enrolment = users.addUser(tenant, Username.of(name), Set.of(roles), PASSWORD, UserId.of("cli:test"));
        String query = URI.create(enrolment.totpUri()).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("secret=")) {
                secrets.put(name, new TotpSecret(URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8)));
            }
        }
    }

    private static void codeAndSubmit(CommandGateway commands, UserId coder) {
        EncounterId id = EncounterId.of(SUBMITTED);
        commands.sendAndWait(new ClaimEncounter(A, id, coder, null));
        IcdCode code = IcdCode.cm("J18.9");
        commands.sendAndWait(new AddCode(A, id, code, FreeText.of("documented pneumonia"), coder, null));
        commands.sendAndWait(new SetPrincipalDiagnosis(A, id, code, coder, null));
        commands.sendAndWait(new SubmitCoding(A, id, coder, null));
    }

    /** Registrations whose patient names, MRNs and notes all carry the canary. */
    private static java.util.List<String> lines(String prefix, String canary, int count) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("""
                    {"encounterId": "%s%d", "patient": {"mrn": "MRN-%s%d", "name": "%s%d Testpatient", \
                    "birthDate": "1950-03-01"}, "type": "INPATIENT", "facility": "North Campus", \
                    "admitted": "2026-10-01T08:00:00Z", "discharged": "2026-10-04T12:00:00Z", \
                    "documents": [{"id": "D-%d", "version": "1", "type": "34117-2", \
                    "text": "%s%d Testpatient seen today. Community acquired pneumonia."}]}""".formatted(prefix, i, canary, i, canary, i, i, canary, i));
        }
        return lines;
    }

    private static BufferedReader reader(java.util.List<String> lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }

    /** Trusts exactly the server's own certificate, with hostname checks left on. */
    private static SSLContext trusting(Path keysDir) throws Exception {
        char[] password =
                Files.readString(keysDir.resolve("keystore.password")).strip().toCharArray();
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keysDir.resolve("tls-server.p12"))) {
            server.load(in, password);
        }
        Certificate certificate = server.getCertificate("server");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("codeledger", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** The next one-time code of a user that was not used before (the account refuses replays). */
    synchronized String code(String user) {
        long now = Instant.now().getEpochSecond() / 30;
        long step = Math.max(now, lastStep.getOrDefault(user, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            throw new IllegalStateException("more than two logins of " + user + " within 30 s; use another user");
        }
        lastStep.put(user, step);
        return totp.generate(secrets.get(user), step);
    }

    HttpResponse<String> login(String user, String password, String code) throws Exception {
        String body = json.writeValueAsString(Map.of("username", user, "password", password, "totp", code));
        return post("/api/auth/login", body, null);
    }

    /** Access and refresh token of a fresh login. */
    JsonNode tokens(String user) throws Exception {
        HttpResponse<String> response = login(user, PASSWORD, code(user));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " gave " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** An access token of the user's one shared session (for tests that do not end it). */
    synchronized String accessToken(String user) throws Exception {
        String token = accessTokens.get(user);
        if (token == null) {
            token = tokens(user).get("accessToken").asText();
            accessTokens.put(user, token);
        }
        return token;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String body) throws Exception {
        return json.readTree(body);
    }

    <T> T bean(Class<T> type) {
        return platform.bean(type);
    }

    @Override
    public void close() {
        platform.close();
    }
}
