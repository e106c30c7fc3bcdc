package io.codeledger.app.security;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.Username;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens: {@code clr1.<account>.<session>.<secret>}, where the account part names
 * the user (so the token can be routed to its account without a lookup table), the session is the
 * refresh-token family and the secret is 256 random bits. Only the SHA-256 hash of a token is
 * stored (in the account's events); a high-entropy random token needs no slow hash.
 */
final class RefreshTokens {

    private static final String PREFIX = "clr1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private RefreshTokens() {}

    /** A token as issued: its value (given to the client once) and its hash (stored). */
    record Issued(String value, String hash) {}

    /** What a presented token names; nothing in it is trusted until its hash matches the account's. */
    record Parsed(TenantId tenant, Username username, String sessionId, String hash) {}

    static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    static Issued issue(TenantId tenant, Username username, String sessionId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String account = B64.encodeToString((tenant.value() + "/" + username.value()).getBytes(StandardCharsets.UTF_8));
        String value = PREFIX + "." + account + "." + sessionId + "." + B64.encodeToString(secret);
        return new Issued(value, hash(value));
    }

    static Optional<Parsed> parse(String value) {
        if (value == null || value.length() > 512) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        try {
            String[] account = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split("/");
            if (account.length != 2) {
                return Optional.empty();
            }
            String sessionId = UUID.fromString(parts[2]).toString();
            return Optional.of(new Parsed(TenantId.of(account[0]), Username.of(account[1]), sessionId, hash(value)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
