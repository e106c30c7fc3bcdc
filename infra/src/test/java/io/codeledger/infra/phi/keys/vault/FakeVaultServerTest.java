package io.codeledger.infra.phi.keys.vault;

import static io.codeledger.infra.phi.keys.vault.VaultTestSettings.ROOT_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Vault keeps the parts of Vault's contract the adapter relies on, checked with plain
 * HTTP so a mistake in the fake cannot hide a mistake in the adapter.
 */
class FakeVaultServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeVaultServer vault;

    @BeforeEach
    void startVault() throws Exception {
        vault = FakeVaultServer.start(ROOT_TOKEN);
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    @Test
    void aKeyCannotBeDeletedUntilDeletionIsAllowed() throws Exception {
        post("transit/keys/k", "{\"type\":\"aes256-gcm96\"}", ROOT_TOKEN);

        HttpResponse<String> refused = send("DELETE", "transit/keys/k", null, ROOT_TOKEN);
        post("transit/keys/k/config", "{\"deletion_allowed\":true}", ROOT_TOKEN);
        HttpResponse<String> deleted = send("DELETE", "transit/keys/k", null, ROOT_TOKEN);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get(0).asText()).contains("deletion is not allowed");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(vault.transit().exists("k")).isFalse();
    }

    @Test
    void aRequestWithoutAValidTokenIsDenied() throws Exception {
        HttpResponse<String> denied = post("transit/keys/k", "{}", "hvs.not-a-token");

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).isEqualTo("{\"errors\":[\"permission denied\"]}");
    }

    @Test
    void wrappedDataKeysDecryptAndStillDecryptAfterRotationAndRewrap() throws Exception {
        post("transit/keys/k", "{\"type\":\"aes256-gcm96\"}", ROOT_TOKEN);
        JsonNode dataKey = data(post("transit/datakey/wrapped/k", "{\"bits\":256}", ROOT_TOKEN));
        String v1 = dataKey.get("ciphertext").asText();
        String plain = data(post("transit/decrypt/k", ciphertext(v1), ROOT_TOKEN))
                .get("plaintext")
                .asText();

        JsonNode rotated = data(post("transit/keys/k/rotate", "", ROOT_TOKEN));
        String v2 = data(post("transit/rewrap/k", ciphertext(v1), ROOT_TOKEN))
                .get("ciphertext")
                .asText();

        assertThat(dataKey.has("plaintext")).isFalse();
        assertThat(v1).startsWith("vault:v1:");
        assertThat(java.util.Base64.getDecoder().decode(plain)).hasSize(32);
        assertThat(rotated.get("latest_version").asInt()).isEqualTo(2);
        assertThat(v2).startsWith("vault:v2:");
        assertThat(data(post("transit/decrypt/k", ciphertext(v1), ROOT_TOKEN))
                        .get("plaintext")
                        .asText())
                .isEqualTo(plain);
        assertThat(data(post("transit/decrypt/k", ciphertext(v2), ROOT_TOKEN))
                        .get("plaintext")
                        .asText())
                .isEqualTo(plain);
    }

    @Test
    void aMissingKeyIsA400WithVaultsWording() throws Exception {
        HttpResponse<String> missing = post("transit/decrypt/nope", ciphertext("vault:v1:AAAA"), ROOT_TOKEN);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("encryption key not found");
    }

    @Test
    void aSealedVaultAnswers503ToEverything() throws Exception {
        vault.seal();

        HttpResponse<String> sealed = post("transit/keys/k", "{}", ROOT_TOKEN);

        assertThat(sealed.statusCode()).isEqualTo(503);
        assertThat(sealed.body()).contains("Vault is sealed");
    }

    private static String ciphertext(String value) {
        return "{\"ciphertext\":\"" + value + "\"}";
    }

    private static JsonNode data(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return JSON.readTree(response.body()).get("data");
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return send("POST", path, body, token);
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(vault.address() + "/v1/" + path))
                .header("X-Vault-Token", token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
