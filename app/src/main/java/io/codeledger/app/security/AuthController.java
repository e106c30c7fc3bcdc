package io.codeledger.app.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.codeledger.api.identity.Username;
import io.codeledger.api.security.Caller;
import io.codeledger.infra.security.jwt.AccessTokens;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/auth}: login (password + TOTP), refresh (rotating), logout, the public keys (JWKS),
 * and the OAuth2 client-credentials token endpoint for integration services.
 */
@RestController
@RequestMapping("/api/auth")
@ConditionalOnWebApplication
class AuthController {

    private final AuthenticationService authentication;
    private final AccessTokens tokens;

    AuthController(AuthenticationService authentication, AccessTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record LoginRequest(String username, String password, String totp) {}

    record RefreshRequest(String refreshToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClientTokenResponse(String access_token, String token_type, long expires_in, String scope) {}

    @PostMapping("/login")
    TokenResponse login(@RequestBody LoginRequest body) {
        var issued = authentication.login(body.username(), body.password(), body.totp(), RequestIds.currentOrLocal());
        return new TokenResponse(issued.accessToken(), issued.refreshToken(), issued.expiresIn(), "Bearer");
    }

    @PostMapping("/refresh")
    TokenResponse refresh(@RequestBody RefreshRequest body) {
        var issued = authentication.refresh(body.refreshToken(), RequestIds.currentOrLocal());
        return new TokenResponse(issued.accessToken(), issued.refreshToken(), issued.expiresIn(), "Bearer");
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(Caller caller, @AuthenticationPrincipal Jwt token) {
        authentication.logout(caller.tenantId(), Username.of(caller.userId().value()), Callers.sessionOf(token));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return tokens.publicKeys().toJSONObject(true);
    }

    /** RFC 6749 section 4.4: {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}. */
    @PostMapping(value = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ClientTokenResponse token(
            @RequestParam("grant_type") String grantType,
            @RequestParam("client_id") String clientId,
            @RequestParam("client_secret") String clientSecret) {
        if (!"client_credentials".equals(grantType)) {
            throw new io.codeledger.api.common.DomainRuleViolation(
                    "CL-VAL-005", "grant_type must be client_credentials");
        }
        var issued = authentication.clientCredentials(clientId, clientSecret, RequestIds.currentOrLocal());
        return new ClientTokenResponse(issued.accessToken(), "Bearer", issued.expiresIn(), issued.scope());
    }
}
