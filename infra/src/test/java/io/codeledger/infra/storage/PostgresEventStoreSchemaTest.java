package io.codeledger.infra.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL migrations make the events table append-only in the database itself. */
class PostgresEventStoreSchemaTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/postgresql")
                .placeholders(Map.of("app_role", "codeledger_app"))
                .load()
                .migrate();
        try (Connection owner = postgres.getPostgresDatabase().getConnection()) {
            insertEvent(owner, "encounter:t1:E1", 0);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("codeledger_app", "postgres"));
    }

    private static void insertEvent(Connection c, String aggregate, long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber,"
                        + " type, eventIdentifier, payload, payloadType, timeStamp) VALUES (?, ?, 'Encounter', ?, ?, 'X', '2026')")) {
            s.setString(1, aggregate);
            s.setLong(2, sequence);
            s.setString(3, aggregate + "/" + sequence);
            s.setBytes(4, new byte[] {1, 2, 3});
            s.executeUpdate();
        }
    }

    @Test
    void theApplicationRoleAppendsAndReadsEvents() throws SQLException {
        try (Connection app = app()) {
            insertEvent(app, "encounter:t1:E2", 0);
            try (Statement s = app.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM DomainEventEntry")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theApplicationRoleMayNotUpdateEvents() throws SQLException {
        try (Connection app = app();
                Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE DomainEventEntry SET payloadType = 'Y'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theApplicationRoleMayNotDeleteEvents() throws SQLException {
        try (Connection app = app();
                Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM DomainEventEntry"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void evenTheOwnerCannotUpdateAnEvent() throws SQLException {
        try (Connection owner = postgres.getPostgresDatabase().getConnection();
                Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE DomainEventEntry SET payloadType = 'Y'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("CL-STORE-001")
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void evenTheOwnerCannotDeleteOrTruncateEvents() throws SQLException {
        try (Connection owner = postgres.getPostgresDatabase().getConnection();
                Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM DomainEventEntry"))
                    .hasMessageContaining("CL-STORE-001");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE DomainEventEntry"))
                    .hasMessageContaining("CL-STORE-001");
        }
    }

    @Test
    void theApplicationRoleMaintainsTokensAndSnapshots() throws SQLException {
        try (Connection app = app();
                Statement s = app.createStatement()) {
            s.executeUpdate("INSERT INTO TokenEntry (processorName, segment) VALUES ('p', 0)");
            assertThat(s.executeUpdate("UPDATE TokenEntry SET owner = 'node-1' WHERE processorName = 'p'"))
                    .isEqualTo(1);
            assertThat(s.executeUpdate("DELETE FROM TokenEntry WHERE processorName = 'p'"))
                    .isEqualTo(1);
        }
    }
}
