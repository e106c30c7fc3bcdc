package io.codeledger.infra.security.tls;

import io.codeledger.infra.phi.PhiProperties;
import io.codeledger.infra.security.LocalKeystores;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.storage.CodeLedgerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS only. {@code server.ssl.bundle} names the certificate: by default {@value
 * SecurityProperties.Tls#SELF_SIGNED_BUNDLE}, which this configuration registers from a self-signed
 * certificate it makes in the data directory; for a real certificate, define a Spring Boot SSL
 * bundle ({@code spring.ssl.bundle.pem.<name>...}) and point {@code server.ssl.bundle} at it.
 * Whatever the bundle, the connector speaks TLS 1.3 and 1.2 only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TlsConfiguration {

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    @Bean
    SslBundleRegistrar selfSignedTlsBundle(
            @Value("${server.ssl.bundle:}") String selected,
            CodeLedgerProperties storage,
            PhiProperties keys,
            SecurityProperties security) {
        return registry -> {
            if (!SecurityProperties.Tls.SELF_SIGNED_BUNDLE.equals(selected)) {
                return;
            }
            try {
                Path keysDir = storage.dataDir().resolve("keys");
                char[] password = LocalKeystores.password(LocalKeystores.keysDir(keysDir), keys.keystorePassword());
                KeyStore store = SelfSignedTlsBundle.open(
                        keysDir, password, security.tls().hostnames(), Clock.systemUTC());
                registry.registerBundle(
                        SecurityProperties.Tls.SELF_SIGNED_BUNDLE,
                        SslBundle.of(
                                SslStoreBundle.of(store, new String(password), null),
                                SslBundleKey.of(new String(password), SelfSignedTlsBundle.ALIAS),
                                SslOptions.of(null, PROTOCOLS)));
            } catch (IOException e) {
                throw new UncheckedIOException("CL-TLS-001: cannot read or write the TLS keystore", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("CL-TLS-001: cannot make the self-signed TLS certificate", e);
            }
        };
    }

    /** Applied after the SSL bundle: whatever a bundle allows, only TLS 1.3 and 1.2 are spoken. */
    @Bean
    TomcatConnectorCustomizer tlsProtocolsOnly() {
        return (Connector connector) -> {
            for (SSLHostConfig host : connector.findSslHostConfigs()) {
                host.setProtocols(String.join(",", PROTOCOLS));
            }
        };
    }
}
