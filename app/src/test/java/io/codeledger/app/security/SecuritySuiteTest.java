package io.codeledger.app.security;

import static io.codeledger.app.security.SecuredServer.A;
import static io.codeledger.app.security.SecuredServer.CANARY_A;
import static io.codeledger.app.security.SecuredServer.CANARY_B;
import static io.codeledger.app.security.SecuredServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.codeledger.api.audit.PhiAccessed;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterClaimed;
import io.codeledger.api.identity.RefreshTokenReuseDetected;
import io.codeledger.api.identity.UserLocked;
import io.codeledger.api.security.Role;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.security.jwt.AccessTokens;
import io.codeledger.infra.security.jwt.JwtSigningKeys;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per attack against the real application over HTTPS (see docs/security.md, threats and
 * tests). Each attack is refused, and the refusal carries no PHI and no hint beyond a stable code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteTest {

    @TempDir
    static Path dataDir;

    private SecuredServer server;

    @BeforeAll
    void start() throws Exception {
        server = new SecuredServer(dataDir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static void assertRefusedWithoutPhi(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body())
                .doesNotContain(CANARY_A)
                .doesNotContain(CANARY_B)
                .doesNotContain("MRN-");
    }

    /** A valid token with one thing changed, signed with the server's real key. */
    private String forged(String realToken, SecurityProperties.Jwt settings, Clock clock) throws Exception {
        JsonNode claims = server.json(
                new String(Base64.getUrlDecoder().decode(realToken.split("\\.")[1]), StandardCharsets.UTF_8));
        AccessTokens tokens = new AccessTokens(server.bean(JwtSigningKeys.class), settings, clock);
        return tokens.issue(
                        TenantId.of(claims.get("tenant").asText()),
                        UserId.of(claims.get("sub").asText()),
                        Set.of(Role.CODER),
                        claims.get("sid").asText(),
                        null)
                .token();
    }

    private SecurityProperties.Jwt settings() {
        return server.bean(SecurityProperties.class).jwt();
    }

    @Test
    void aRequestWithoutATokenIsRefused() throws Exception {
        assertRefusedWithoutPhi(server.get("/api/worklist", null), 401);
        assertRefusedWithoutPhi(server.get("/api/encounters/A-0", null), 401);
        assertRefusedWithoutPhi(server.post("/api/encounters/A-0/claim", "", null), 401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        String expired = forged(
                real, settings(), Clock.fixed(Instant.now().minus(Duration.ofHours(1)), java.time.ZoneOffset.UTC));
        assertRefusedWithoutPhi(server.get("/api/worklist", expired), 401);
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        String[] parts = real.split("\\.");
        char flipped = parts[2].charAt(10) == 'A' ? 'B' : 'A';
        String tampered =
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + flipped + parts[2].substring(11);
        assertRefusedWithoutPhi(server.get("/api/worklist", tampered), 401);
    }

    @Test
    void aTokenWithTamperedClaimsIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        String[] parts = real.split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"ta\"", "\"tb\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertRefusedWithoutPhi(server.get("/api/worklist", tampered), 401);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        assertRefusedWithoutPhi(server.get("/api/worklist", header + "." + real.split("\\.")[1] + "."), 401);
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        byte[] publicKey =
                server.bean(JwtSigningKeys.class).publicKeys().toString().getBytes(StandardCharsets.UTF_8);
        SignedJWT confused = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                JWTClaimsSet.parse(
                        new String(Base64.getUrlDecoder().decode(real.split("\\.")[1]), StandardCharsets.UTF_8)));
        confused.sign(
                new MACSigner(java.security.MessageDigest.getInstance("SHA-256").digest(publicKey)));
        assertRefusedWithoutPhi(server.get("/api/worklist", confused.serialize()), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        SecurityProperties.Jwt s = settings();
        String foreign = forged(
                real,
                new SecurityProperties.Jwt("https://evil.example", s.audience(), s.accessTokenTtl(), s.keyRotation()),
                Clock.systemUTC());
        assertRefusedWithoutPhi(server.get("/api/worklist", foreign), 401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        SecurityProperties.Jwt s = settings();
        String foreign = forged(
                real,
                new SecurityProperties.Jwt(s.issuer(), "another-api", s.accessTokenTtl(), s.keyRotation()),
                Clock.systemUTC());
        assertRefusedWithoutPhi(server.get("/api/worklist", foreign), 401);
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIsRefused() throws Exception {
        String real = server.accessToken("coder-a");
        ECKey stranger =
                new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        JWTClaimsSet claims = JWTClaimsSet.parse(
                new String(Base64.getUrlDecoder().decode(real.split("\\.")[1]), StandardCharsets.UTF_8));
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(stranger.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims);
        token.sign(new ECDSASigner(stranger));
        assertRefusedWithoutPhi(server.get("/api/worklist", token.serialize()), 401);
    }

    @Test
    void aReusedRefreshTokenRevokesTheWholeSessionAndIsRecorded() throws Exception {
        JsonNode first = server.tokens("reuse-a");
        String r1 = first.get("refreshToken").asText();
        HttpResponse<String> rotated = server.post("/api/auth/refresh", "{\"refreshToken\":\"" + r1 + "\"}", null);
        assertThat(rotated.statusCode()).isEqualTo(200);
        JsonNode second = server.json(rotated.body());
        String r2 = second.get("refreshToken").asText();
        assertThat(r2).isNotEqualTo(r1);

        assertRefusedWithoutPhi(server.post("/api/auth/refresh", "{\"refreshToken\":\"" + r1 + "\"}", null), 401);
        assertRefusedWithoutPhi(server.post("/api/auth/refresh", "{\"refreshToken\":\"" + r2 + "\"}", null), 401);
        assertRefusedWithoutPhi(
                server.get("/api/worklist", second.get("accessToken").asText()), 401);
        assertThat(server.bean(EventStore.class)
                        .readEvents(AggregateIds.user(A, "reuse-a"))
                        .asStream())
                .anyMatch(m -> m.getPayload() instanceof RefreshTokenReuseDetected);
    }

    @Test
    void aLoginWithoutTheOneTimeCodeIssuesNoToken() throws Exception {
        HttpResponse<String> response = server.login("coder-a2", PASSWORD, "");
        assertRefusedWithoutPhi(response, 401);
        assertThat(response.body()).doesNotContain("accessToken").contains("CL-AUTH-001");
    }

    @Test
    void aLoginWithAWrongOneTimeCodeIssuesNoToken() throws Exception {
        String right = server.code("coder-a2");
        String wrong = right.equals("000000") ? "000001" : "000000";
        HttpResponse<String> response = server.login("coder-a2", PASSWORD, wrong);
        assertRefusedWithoutPhi(response, 401);
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void bruteForceLocksTheAccountAndFailuresLookAlike() throws Exception {
        HttpResponse<String> wrongPassword = null;
        for (int i = 0; i < 5; i++) {
            wrongPassword = server.login("brute-a", "wrong-password-" + i, "123456");
            assertThat(wrongPassword.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> unknownUser = server.login("nobody-here", "wrong-password", "123456");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        HttpResponse<String> locked = server.login("brute-a", PASSWORD, server.code("brute-a"));
        assertRefusedWithoutPhi(locked, 401);
        assertThat(locked.body()).isEqualTo(wrongPassword.body());
        assertThat(server.bean(EventStore.class)
                        .readEvents(AggregateIds.user(A, "brute-a"))
                        .asStream())
                .anyMatch(m -> m.getPayload() instanceof UserLocked);
    }

    @Test
    void aCoderCannotApprove() throws Exception {
        HttpResponse<String> response = server.post(
                "/api/encounters/" + SecuredServer.SUBMITTED + "/approve", "", server.accessToken("coder-a"));
        assertRefusedWithoutPhi(response, 403);
        assertThat(response.body()).contains("CL-AUTH-403");
    }

    @Test
    void aSupervisorCannotApproveCodingTheyDidThemselves() throws Exception {
        HttpResponse<String> response = server.post(
                "/api/encounters/" + SecuredServer.SUBMITTED + "/approve", "", server.accessToken("both-a"));
        assertRefusedWithoutPhi(response, 422);
        assertThat(response.body()).contains("CL-ENC-007");
        assertThat(server.post(
                                "/api/encounters/" + SecuredServer.SUBMITTED + "/approve",
                                "",
                                server.accessToken("super-a"))
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void anAdministratorCannotReadPhi() throws Exception {
        String admin = server.accessToken("admin-a");
        assertRefusedWithoutPhi(server.get("/api/worklist", admin), 403);
        assertRefusedWithoutPhi(server.get("/api/encounters/A-0", admin), 403);
    }

    @Test
    void anIntegrationServiceGetsATokenButCannotReadPhi() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base + "/api/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ehr-a&client_secret="
                        + server.clientSecrets.get("ehr-a")))
                .build();
        HttpResponse<String> response = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String token = server.json(response.body()).get("access_token").asText();
        assertRefusedWithoutPhi(server.get("/api/worklist", token), 403);
        assertRefusedWithoutPhi(server.get("/api/encounters/A-0", token), 403);
        assertRefusedWithoutPhi(server.login("ehr-a", server.clientSecrets.get("ehr-a"), "123456"), 401);
    }

    @Test
    void readingAnotherTenantsEncounterByGuessedIdReadsAsNotFound() throws Exception {
        String coderB = server.accessToken("coder-b");
        HttpResponse<String> other = server.get("/api/encounters/A-0", coderB);
        HttpResponse<String> missing = server.get("/api/encounters/A-999", coderB);
        assertRefusedWithoutPhi(other, 404);
        assertThat(other.body().replace("A-0", "ID")).isEqualTo(missing.body().replace("A-999", "ID"));
        HttpResponse<String> own = server.get("/api/encounters/B-0", coderB);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(CANARY_B + "0");
    }

    @Test
    void writingToAnotherTenantsEncounterByGuessedIdReadsAsNotFoundAndChangesNothing() throws Exception {
        String coderB = server.accessToken("coder-b");
        HttpResponse<String> other = server.post("/api/encounters/A-1/claim", "", coderB);
        HttpResponse<String> missing = server.post("/api/encounters/A-999/claim", "", coderB);
        assertRefusedWithoutPhi(other, 404);
        assertThat(other.body().replace("A-1", "ID")).isEqualTo(missing.body().replace("A-999", "ID"));
        assertThat(server.bean(EventStore.class)
                        .readEvents(AggregateIds.encounter(A, io.codeledger.api.common.EncounterId.of("A-1")))
                        .asStream())
                .noneMatch(m -> m.getPayload() instanceof EncounterClaimed);
    }

    @Test
    void operatorInjectionInParametersFindsNothingAndLeaksNothing() throws Exception {
        String coderA = server.accessToken("coder-a");
        for (String query : List.of(
                "facility%5B%24ne%5D=x",
                "facility=%7B%22%24ne%22%3Anull%7D",
                "assignee=%7B%22%24gt%22%3A%22%22%7D",
                "status=%7B%22%24ne%22%3A%22X%22%7D",
                "cursor=%7B%22%24where%22%3A%22sleep(1000)%22%7D")) {
            HttpResponse<String> response = server.get("/api/worklist?" + query, coderA);
            assertThat(response.body()).doesNotContain(CANARY_B);
            assertThat(response.statusCode()).isIn(200, 400);
            if (response.statusCode() == 200 && !query.startsWith("facility%5B")) {
                assertThat(server.json(response.body()).get("items")).isEmpty();
            }
        }
        assertRefusedWithoutPhi(server.get("/api/encounters/%24where", coderA), 400);
        HttpResponse<String> login = server.post(
                "/api/auth/login", "{\"username\":{\"$ne\":\"\"},\"password\":{\"$ne\":\"\"},\"totp\":\"1\"}", null);
        assertRefusedWithoutPhi(login, 400);
        assertThat(login.body()).doesNotContain("accessToken");
    }

    @Test
    void loggingOutEndsTheSessionAtOnce() throws Exception {
        JsonNode tokens = server.tokens("logout-a");
        String access = tokens.get("accessToken").asText();
        assertThat(server.get("/api/worklist", access).statusCode()).isEqualTo(200);
        assertThat(server.post("/api/auth/logout", "", access).statusCode()).isEqualTo(204);
        assertRefusedWithoutPhi(server.get("/api/worklist", access), 401);
        assertRefusedWithoutPhi(
                server.post(
                        "/api/auth/refresh",
                        "{\"refreshToken\":\"" + tokens.get("refreshToken").asText() + "\"}",
                        null),
                401);
    }

    @Test
    void everyPhiDisclosureIsRecordedBeforeTheResponse() throws Exception {
        String coderA = server.accessToken("coder-a");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base + "/api/worklist"))
                .header("Authorization", "Bearer " + coderA)
                .header("X-Request-Id", "audit-check-1")
                .GET()
                .build();
        HttpResponse<String> response = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(CANARY_A);
        List<PhiAccessed> recorded = server.bean(EventStorageEngine.class)
                .readEvents(null, false)
                .map(m -> m.getPayload())
                .filter(PhiAccessed.class::isInstance)
                .map(PhiAccessed.class::cast)
                .filter(e -> e.requestId().equals("audit-check-1"))
                .toList();
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo(UserId.of("coder-a"));
            assertThat(e.tenantId()).isEqualTo(A);
            assertThat(e.count()).isEqualTo(4);
            assertThat(e.subjectIds()).hasSize(4);
            assertThat(e.fields()).contains("patient.name", "patient.mrn");
            assertThat(e.clientIp()).isEqualTo("127.0.0.1");
            assertThat(e.purpose()).isEqualTo("coding-worklist");
        });
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = server.get("/api/worklist", server.accessToken("coder-a"));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void plainHttpOnTheHttpsPortServesNoData() throws Exception {
        URI uri = URI.create(server.base.replace("https://", "http://") + "/api/worklist");
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain(CANARY_A).doesNotContain("items");
    }

    @Test
    void tlsOlderThanOnePointTwoIsRefused() throws Exception {
        URI uri = URI.create(server.base);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.1"});
            assertThatThrownBy(socket::startHandshake).isInstanceOf(javax.net.ssl.SSLException.class);
        } catch (IllegalArgumentException jdkRefusesTheProtocolItself) {
            // the JDK has TLS 1.1 disabled outright: it can be spoken to no one
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theLogsHoldNoPhiNoSecretsAndNoTokens() throws Exception {
        String access = server.accessToken("coder-a");
        server.get("/api/worklist", access);
        server.login("coder-a", "Wrong-" + PASSWORD, "123456");
        String log = Files.readString(dataDir.resolve("logs/codeledger.log"));
        assertThat(log).contains("login of coder-a");
        assertThat(log).doesNotContain(CANARY_A).doesNotContain(CANARY_B).doesNotContain("MRN-");
        assertThat(log).doesNotContain(PASSWORD);
        assertThat(log).doesNotContain(access).doesNotContain(access.split("\\.")[2]);
        server.secrets.values().forEach(secret -> assertThat(log).doesNotContain(secret.value()));
        server.clientSecrets.values().forEach(secret -> assertThat(log).doesNotContain(secret));
    }
}
