package io.codeledger.infra.phi;

import io.codeledger.api.phi.PhiCodec;
import io.codeledger.infra.phi.keys.CachingTenantKeyStore;
import io.codeledger.infra.phi.keys.LocalKeyring;
import io.codeledger.infra.phi.keys.MasterKey;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import io.codeledger.infra.phi.keys.WrappedKeyRepository;
import io.codeledger.infra.storage.CodeLedgerProperties;
import java.time.Clock;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * PHI sealing wiring: the key store (local keyring by default, behind a DEK cache), the cipher, the
 * sealing ObjectMapper, and Axon's serializers built on it so that events, snapshots, sagas and
 * dead letters are all stored sealed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhiProperties.class)
class PhiConfiguration {

    @Bean("keyStoreBackend")
    @Profile("!production")
    TenantKeyStore localKeyring(CodeLedgerProperties storage, PhiProperties properties, WrappedKeyRepository keys) {
        String password = properties.keystorePassword() != null
                ? properties.keystorePassword()
                : System.getenv("CODELEDGER_KEYSTORE_PASSWORD");
        return new LocalKeyring(MasterKey.open(storage.dataDir().resolve("keys"), password), keys, Clock.systemUTC());
    }

    @Bean
    @Primary
    TenantKeyStore tenantKeyStore(@Qualifier("keyStoreBackend") TenantKeyStore backend, PhiProperties properties) {
        return new CachingTenantKeyStore(backend, properties.cacheTtl(), Clock.systemUTC());
    }

    @Bean
    PhiCipher phiCipher(TenantKeyStore keys) {
        return new PhiCipher(keys);
    }

    @Bean
    PhiSealingMapper phiSealingMapper(Jackson2ObjectMapperBuilder builder, PhiCipher cipher) {
        return new PhiSealingMapper(builder.build().registerModule(new PhiSealingModule(cipher, builder.build())));
    }

    @Bean
    PhiCodec phiCodec(PhiSealingMapper mapper) {
        return new SealingPhiCodec(mapper.mapper());
    }

    @Bean
    @Primary
    Serializer serializer(PhiSealingMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper.mapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PhiSealingMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper.mapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(PhiSealingMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper.mapper()).build();
    }
}
