package io.codeledger.infra.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.codeledger.infra.storage.CodeLedgerProperties;
import io.codeledger.infra.storage.DataDirectoryLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The read-model store. Embedded default: the in-process MongoDB wire-protocol server
 * (mongo-java-server) with its H2 MVStore backend in {@code <data-dir>/readmodels}, listening on a
 * loopback port only this process uses. Profile {@code production}: a real MongoDB from {@code
 * codeledger.mongo.uri}.
 */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadStoreConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Profile("!production")
    static class Embedded {

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(CodeLedgerProperties properties, DataDirectoryLock lock) {
            Path dir = properties.dataDir().resolve("readmodels");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("CL-DATA-003: cannot create " + dir, e);
            }
            MongoServer server =
                    new MongoServer(new H2Backend(dir.resolve("readmodels.mv").toString()));
            server.bind("127.0.0.1", 0);
            log.info(
                    "Embedded read-model store listening on loopback port {}",
                    server.getLocalAddress().getPort());
            return server;
        }

        @Bean(destroyMethod = "close")
        MongoClient mongoClient(MongoServer embeddedMongoServer) {
            return MongoClients.create("mongodb://127.0.0.1:"
                    + embeddedMongoServer.getLocalAddress().getPort());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("production")
    static class External {

        @Bean(destroyMethod = "close")
        MongoClient mongoClient(CodeLedgerProperties properties) {
            if (properties.mongo().uri().isBlank()) {
                throw new IllegalStateException(
                        "CL-CONF-001: profile production needs codeledger.mongo.uri (a MongoDB connection string)");
            }
            return MongoClients.create(properties.mongo().uri());
        }
    }
}
