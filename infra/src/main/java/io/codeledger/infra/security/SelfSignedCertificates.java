package io.codeledger.infra.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed X.509 certificates built with Bouncy Castle: for the embedded default's TLS server
 * key, and to hold each JWT signing key in a PKCS#12 keystore (which stores private keys only with
 * a certificate).
 */
public final class SelfSignedCertificates {

    private SelfSignedCertificates() {}

    /**
     * A certificate for {@code keys} valid from {@code notBefore} for {@code validity}, naming
     * {@code commonName}; with {@code hostnames} it is a TLS server certificate for those names (and
     * the loopback addresses).
     */
    public static X509Certificate create(
            KeyPair keys, String commonName, Instant notBefore, Duration validity, List<String> hostnames)
            throws GeneralSecurityException {
        try {
            X500Name subject = new X500Name("CN=" + commonName + ",O=CodeLedger");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(127, new SecureRandom()),
                    Date.from(notBefore),
                    Date.from(notBefore.plus(validity)),
                    subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (!hostnames.isEmpty()) {
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false, names(hostnames));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            }
            String algorithm = keys.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException("cannot build a self-signed certificate", e);
        }
    }

    private static GeneralNames names(List<String> hostnames) throws UnknownHostException {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hostnames) {
            names.add(new GeneralName(GeneralName.dNSName, host));
        }
        names.add(new GeneralName(
                GeneralName.iPAddress, InetAddress.getByName("127.0.0.1").getHostAddress()));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
