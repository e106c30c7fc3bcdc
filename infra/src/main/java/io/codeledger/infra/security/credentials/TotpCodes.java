package io.codeledger.infra.security.credentials;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import io.codeledger.api.phi.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 one-time codes through {@code dev.samstevens.totp} (SHA-1, 6 digits, 30-second steps,
 * the settings every authenticator app supports): new secrets, provisioning URIs and code checks
 * that also say which time step matched, so the account can refuse a code used before.
 */
public final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    /** One step of clock drift either way, as RFC 6238 section 6 recommends. */
    private static final int DRIFT_STEPS = 1;

    private final String issuer;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    public TotpCodes(String issuer) {
        this.issuer = issuer;
    }

    /** A new random secret (160 bits, base32). */
    public TotpSecret newSecret() {
        return new TotpSecret(new DefaultSecretGenerator(32).generate());
    }

    /** The {@code otpauth://totp/...} URI an authenticator app enrols from. Shown once; never logged. */
    public String provisioningUri(String accountName, TotpSecret secret) {
        return new QrData.Builder()
                .label(accountName)
                .secret(secret.value())
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    /** The time step at which {@code code} is valid around {@code now}, or empty. */
    public OptionalLong step(TotpSecret secret, String code, Instant now) {
        if (code == null || code.length() != DIGITS || secret.shredded()) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / PERIOD_SECONDS;
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (equal(generate(secret, step), code) && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /** The code for a time step (for tests and tools that act as an authenticator). */
    public String generate(TotpSecret secret, long step) {
        try {
            return generator.generate(secret.value(), step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("CL-AUTH-020: cannot compute a one-time code", e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
