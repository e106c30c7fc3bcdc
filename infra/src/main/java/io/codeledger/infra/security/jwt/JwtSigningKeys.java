package io.codeledger.infra.security.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.codeledger.infra.security.LocalKeystores;
import io.codeledger.infra.security.SelfSignedCertificates;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The ES256 (P-256) keys that sign access tokens, kept in a PKCS#12 keystore ({@code
 * <data>/keys/jwt-signing.p12}, owner-only, password as for every local keystore). Each key's id
 * ({@code kid}) is its RFC 7638 thumbprint. On start a new key is made when there is none or the
 * newest is older than the rotation period; the newest signs, and the one before it stays published
 * (and accepted) so tokens it signed keep working until they expire. Older keys are dropped.
 */
public final class JwtSigningKeys {

    static final String FILE = "jwt-signing.p12";
    private static final int KEPT = 2;

    private final List<ECKey> keys;

    private JwtSigningKeys(List<ECKey> newestFirst) {
        this.keys = List.copyOf(newestFirst);
    }

    /** Opens the keystore under {@code keysDir}, making or rotating the signing key as needed. */
    public static JwtSigningKeys open(Path keysDir, String configuredPassword, Duration rotation, Clock clock) {
        try {
            LocalKeystores.keysDir(keysDir);
            char[] password = LocalKeystores.password(keysDir, configuredPassword);
            Path file = keysDir.resolve(FILE);
            KeyStore store = LocalKeystores.load(file, password);
            List<Entry> entries = entries(store, password);
            Instant now = clock.instant();
            boolean changed = false;
            if (entries.isEmpty() || entries.get(0).created().plus(rotation).isBefore(now)) {
                entries.add(0, generate(now));
                changed = true;
            }
            while (entries.size() > KEPT) {
                entries.remove(entries.size() - 1);
                changed = true;
            }
            if (changed) {
                KeyStore updated = KeyStore.getInstance("PKCS12");
                updated.load(null, password);
                for (Entry entry : entries) {
                    updated.setKeyEntry(
                            entry.key().getKeyID(),
                            entry.key().toECPrivateKey(),
                            password,
                            new java.security.cert.Certificate[] {entry.certificate()});
                }
                LocalKeystores.store(updated, file, password);
            }
            return new JwtSigningKeys(entries.stream().map(Entry::key).toList());
        } catch (IOException | GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(
                    "CL-KEY-010: cannot open the JWT signing keys in " + keysDir
                            + " (wrong password or unreadable file)",
                    e);
        }
    }

    /** The key that signs new tokens (with its private part). */
    public ECKey signingKey() {
        return keys.get(0);
    }

    /** Every key tokens may be verified with, public parts only: the JWKS document. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    private record Entry(ECKey key, X509Certificate certificate, Instant created) {}

    private static List<Entry> entries(KeyStore store, char[] password) throws GeneralSecurityException, JOSEException {
        List<Entry> entries = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getKey(alias, password) instanceof ECPrivateKey privateKey
                    && store.getCertificate(alias) instanceof X509Certificate certificate) {
                ECKey key = jwk((ECPublicKey) certificate.getPublicKey(), privateKey);
                entries.add(
                        new Entry(key, certificate, certificate.getNotBefore().toInstant()));
            }
        }
        entries.sort(Comparator.comparing(Entry::created).reversed());
        return entries;
    }

    private static Entry generate(Instant now) throws GeneralSecurityException, JOSEException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate =
                SelfSignedCertificates.create(pair, "codeledger-jwt-signing", now, Duration.ofDays(3650), List.of());
        return new Entry(jwk((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate()), certificate, now);
    }

    private static ECKey jwk(ECPublicKey publicKey, ECPrivateKey privateKey) throws JOSEException {
        return new ECKey.Builder(Curve.P_256, publicKey)
                .privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .keyIDFromThumbprint()
                .build();
    }
}
