package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrapped DEKs in the {@code TenantDataKey} table of the event-store database. Every write runs in a
 * transaction of its own: keys are usually created while a command's unit of work is sealing its
 * events, and a key must neither join that transaction (a key that sealed committed data must be
 * committed too) nor poison it when two threads or nodes race to create the same version.
 */
public class JdbcWrappedKeyRepository implements WrappedKeyRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcWrappedKeyRepository(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<WrappedKey> find(TenantId tenant) {
        return jdbc.query(
                "SELECT version, wrapped, created FROM TenantDataKey WHERE tenantId = ? ORDER BY version",
                (rs, row) -> new WrappedKey(tenant, rs.getInt(1), rs.getString(2), Instant.parse(rs.getString(3))),
                tenant.value());
    }

    @Override
    public void insert(WrappedKey key) {
        transactions.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO TenantDataKey (tenantId, version, wrapped, created) VALUES (?, ?, ?, ?)",
                key.tenant().value(),
                key.version(),
                key.wrapped(),
                key.created().toString()));
    }

    @Override
    public void rewrap(WrappedKey key) {
        transactions.executeWithoutResult(status -> jdbc.update(
                "UPDATE TenantDataKey SET wrapped = ? WHERE tenantId = ? AND version = ?",
                key.wrapped(),
                key.tenant().value(),
                key.version()));
    }

    @Override
    public void shred(TenantId tenant) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM TenantDataKey WHERE tenantId = ?", tenant.value());
            if (!shredded(tenant)) {
                jdbc.update(
                        "INSERT INTO TenantKeyShred (tenantId, shreddedAt) VALUES (?, ?)",
                        tenant.value(),
                        Instant.now().toString());
            }
        });
    }

    @Override
    public boolean shredded(TenantId tenant) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM TenantKeyShred WHERE tenantId = ?", Integer.class, tenant.value());
        return count != null && count > 0;
    }
}
