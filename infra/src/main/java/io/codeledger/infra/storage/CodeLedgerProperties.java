package io.codeledger.infra.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where CodeLedger keeps its data on the embedded default ({@code codeledger.data-dir}: event store,
 * read models, keys, certificates, logs) and, in the {@code production} profile, the MongoDB
 * connection string ({@code codeledger.mongo.uri}).
 */
@ConfigurationProperties("codeledger")
public record CodeLedgerProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue Mongo mongo) {

    /** The read-model store; empty {@code uri} means the embedded in-process server. */
    public record Mongo(@DefaultValue("") String uri) {}
}
