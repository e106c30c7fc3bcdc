package io.codeledger.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.codeledger.api.common.TenantId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One MongoDB database per tenant ({@code cl_<tenant>}): isolation at database level, so a query
 * can only ever see the tenant whose database it was given.
 */
@Component
public class TenantDatabases {

    static final String PREFIX = "cl_";

    private final MongoClient client;

    public TenantDatabases(MongoClient client) {
        this.client = client;
    }

    public MongoDatabase of(TenantId tenant) {
        return client.getDatabase(PREFIX + tenant.value());
    }

    /** Every tenant that has a read-model database. */
    public List<TenantId> tenants() {
        List<TenantId> tenants = new ArrayList<>();
        for (String name : client.listDatabaseNames()) {
            if (name.startsWith(PREFIX)) {
                tenants.add(TenantId.of(name.substring(PREFIX.length())));
            }
        }
        return tenants;
    }
}
