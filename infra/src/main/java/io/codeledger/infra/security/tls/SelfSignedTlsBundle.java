package io.codeledger.infra.security.tls;

import io.codeledger.infra.security.LocalKeystores;
import io.codeledger.infra.security.SelfSignedCertificates;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The embedded default's TLS server certificate: an EC P-256 key with a self-signed certificate
 * for the configured host names and the loopback addresses, in {@code <data>/keys/tls-server.p12}
 * (owner-only). Made on first start, and again when it is within 30 days of expiry.
 */
final class SelfSignedTlsBundle {

    static final String FILE = "tls-server.p12";
    static final String ALIAS = "server";
    private static final Duration VALIDITY = Duration.ofDays(397);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private SelfSignedTlsBundle() {}

    /** The keystore holding the server key and certificate, made or renewed as needed. */
    static KeyStore open(Path keysDir, char[] password, List<String> hostnames, Clock clock)
            throws IOException, GeneralSecurityException {
        LocalKeystores.keysDir(keysDir);
        Path file = keysDir.resolve(FILE);
        KeyStore store = LocalKeystores.load(file, password);
        Instant now = clock.instant();
        if (store.getCertificate(ALIAS) instanceof X509Certificate current
                && current.getNotAfter().toInstant().minus(RENEW_BEFORE).isAfter(now)) {
            return store;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = SelfSignedCertificates.create(
                pair, hostnames.get(0), now.minus(Duration.ofMinutes(5)), VALIDITY, hostnames);
        KeyStore fresh = KeyStore.getInstance("PKCS12");
        fresh.load(null, password);
        fresh.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        LocalKeystores.store(fresh, file, password);
        return fresh;
    }
}
