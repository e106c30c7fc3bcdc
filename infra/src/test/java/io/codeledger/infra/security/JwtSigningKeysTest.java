package io.codeledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.infra.security.jwt.JwtSigningKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSigningKeysTest {

    private static final Duration ROTATION = Duration.ofDays(90);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path keys;

    private JwtSigningKeys openAt(Instant at) {
        return JwtSigningKeys.open(keys, "test-password", ROTATION, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void theSigningKeyIsMadeOnFirstStartAndKeptOwnerOnly() throws Exception {
        String kid = openAt(T0).signingKey().getKeyID();
        assertThat(openAt(T0.plusSeconds(60)).signingKey().getKeyID()).isEqualTo(kid);
        assertThat(Files.getPosixFilePermissions(keys.resolve("jwt-signing.p12")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anOldKeyIsRotatedAndStaysPublishedForTokensItSigned() {
        String first = openAt(T0).signingKey().getKeyID();
        JwtSigningKeys rotated = openAt(T0.plus(ROTATION).plusSeconds(1));
        assertThat(rotated.signingKey().getKeyID()).isNotEqualTo(first);
        assertThat(rotated.publicKeys().getKeyByKeyId(first)).isNotNull();
        JwtSigningKeys again = openAt(T0.plus(ROTATION.multipliedBy(2)).plusSeconds(2));
        assertThat(again.publicKeys().getKeyByKeyId(first)).isNull();
        assertThat(again.publicKeys().getKeys()).hasSize(2);
    }

    @Test
    void theJwksHoldsNoPrivateKey() {
        assertThat(openAt(T0).publicKeys().getKeys())
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }
}
