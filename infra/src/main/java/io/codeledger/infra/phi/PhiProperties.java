package io.codeledger.infra.phi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key handling settings: how long unwrapped DEKs stay cached ({@code codeledger.keys.cache-ttl}),
 * and the local keyring's keystore password ({@code codeledger.keys.keystore-password}, normally
 * from the environment variable {@code CODELEDGER_KEYSTORE_PASSWORD}).
 */
@ConfigurationProperties("codeledger.keys")
public record PhiProperties(@DefaultValue("PT5M") Duration cacheTtl, String keystorePassword) {}
