package io.codeledger.app.security;

import static io.codeledger.app.security.SecuredServer.CANARY_A;
import static io.codeledger.app.security.SecuredServer.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The read API of the query side over HTTPS with real tokens: views, audit questions, metrics, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiTest {

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

    private HttpResponse<String> get(String user, String path) throws Exception {
        return server.get(path, server.accessToken(user));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aCoderSeesTheEncounterWithItsDocumentsAndStatusHistory() throws Exception {
        HttpResponse<String> response = get("coder-a", "/api/encounters/A-0");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode view = server.json(response.body());
        assertThat(view.path("patient").path("name").asText()).startsWith(CANARY_A);
        assertThat(view.path("documents").get(0).path("text").path("value").asText())
                .contains("Community acquired pneumonia");
        assertThat(view.path("statusHistory").get(0).path("status").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void theTimelineIsInOrderAndHoldsNoPhi() throws Exception {
        HttpResponse<String> response = get("super-a", "/api/encounters/" + SUBMITTED + "/history");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("EncounterRegistered")
                .contains("CodingSubmitted")
                .doesNotContain(CANARY_A);
        JsonNode entries = server.json(response.body());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).path("sequence").asLong())
                    .isGreaterThan(entries.get(i - 1).path("sequence").asLong());
        }
    }

    @Test
    void theStateAsOfNowIsReplayedAndBeforeRegistrationThereIsNone() throws Exception {
        HttpResponse<String> now = get(
                "super-a",
                "/api/encounters/" + SUBMITTED + "/state?asOf="
                        + q(Instant.now().toString()));
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(server.json(now.body()).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(server.json(now.body()).path("finalCodes").toString()).contains("J18.9");
        assertThat(get("super-a", "/api/encounters/" + SUBMITTED + "/state?asOf=2000-01-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void whyACodeIsThereNamesWhoAddedIt() throws Exception {
        HttpResponse<String> response = get("super-a", "/api/encounters/" + SUBMITTED + "/codes/J18.9/why");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode why = server.json(response.body());
        assertThat(why.path("finalCode").asBoolean()).isTrue();
        assertThat(why.path("chain").toString())
                .contains("CodeAdded")
                .contains("both-a")
                .contains("CodingSubmitted");
        assertThat(get("super-a", "/api/encounters/" + SUBMITTED + "/codes/I10/why")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void supervisorsSeeCodingMetrics() throws Exception {
        HttpResponse<String> response = get("super-a", "/api/metrics/coders");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.json(response.body())
                        .path("tenant")
                        .path("encountersCoded")
                        .asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(response.body()).doesNotContain(CANARY_A);
    }

    @Test
    void anotherTenantsEncounterIsNotFoundOnEveryReadPath() throws Exception {
        for (String path : new String[] {
            "/api/encounters/A-0",
            "/api/encounters/A-0/history",
            "/api/encounters/A-0/state?asOf=" + q(Instant.now().toString()),
            "/api/encounters/A-3/codes/J18.9/why"
        }) {
            HttpResponse<String> response = get("coder-b", path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain(CANARY_A);
        }
    }

    @Test
    void anAdministratorWithoutAPhiRoleCannotOpenTheEncounter() throws Exception {
        HttpResponse<String> response = get("admin-a", "/api/encounters/A-0");
        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(response.body()).doesNotContain(CANARY_A);
    }

    @Test
    void invalidFiltersAndCursorsAreProblemDetails() throws Exception {
        assertThat(server.json(get("coder-a", "/api/worklist?limit=0").body())
                        .path("code")
                        .asText())
                .isEqualTo("CL-QRY-001");
        assertThat(server.json(get("coder-a", "/api/worklist?cursor=bm90LWEtY3Vyc29y")
                                .body())
                        .path("code")
                        .asText())
                .isEqualTo("CL-QRY-002");
        HttpResponse<String> badStatus = get("coder-a", "/api/worklist?status=" + q("{\"$ne\":null}"));
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(server.json(badStatus.body()).path("code").asText()).isEqualTo("CL-QRY-004");
        assertThat(get("super-a", "/api/encounters/A-0/state?asOf=yesterday").statusCode())
                .isEqualTo(400);
    }

    @Test
    void operatorsInParametersAreMatchedLiterally() throws Exception {
        for (String attack : new String[] {"{\"$gt\":\"\"}", "{\"$ne\":null}", "{\"$where\":\"1==1\"}", "$regex"}) {
            HttpResponse<String> response =
                    get("coder-a", "/api/worklist?facility=" + q(attack) + "&assignee=" + q("x"));
            assertThat(response.statusCode()).isIn(200, 400);
            assertThat(response.body()).doesNotContain(CANARY_A);
        }
    }
}
