package io.codeledger.query.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.codeledger.api.common.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;

/**
 * Writes a batch of read-model changes, one bulk write per tenant database: a new document is
 * inserted only if absent; a changed one replaces the stored one by id. Only one event processor
 * thread owns an encounter's segment (Axon's token claim), and the projection has already skipped
 * events at or below the document's last sequence, so the replacement is the newer state. (A filter
 * on the sequence too would make the embedded store scan the collection for every write.)
 */
public final class SequencedDocuments<T> {

    private final Function<T, TenantId> tenant;
    private final Function<T, String> id;
    private final Function<T, Document> toDocument;
    private final Function<TenantId, MongoCollection<Document>> collection;

    public SequencedDocuments(
            Function<T, TenantId> tenant,
            Function<T, String> id,
            Function<T, Document> toDocument,
            Function<TenantId, MongoCollection<Document>> collection) {
        this.tenant = tenant;
        this.id = id;
        this.toDocument = toDocument;
        this.collection = collection;
    }

    public void writeAll(Collection<BatchedWrites.Change<T>> changes) {
        Map<TenantId, List<WriteModel<Document>>> byTenant = new LinkedHashMap<>();
        for (BatchedWrites.Change<T> change : changes) {
            T next = change.next();
            WriteModel<Document> model = change.original() == null
                    ? new UpdateOneModel<>(
                            eq("_id", id.apply(next)),
                            new Document("$setOnInsert", toDocument.apply(next)),
                            new UpdateOptions().upsert(true))
                    : new ReplaceOneModel<>(eq("_id", id.apply(next)), toDocument.apply(next));
            byTenant.computeIfAbsent(tenant.apply(next), t -> new ArrayList<>()).add(model);
        }
        byTenant.forEach((t, models) -> collection.apply(t).bulkWrite(models, new BulkWriteOptions().ordered(true)));
    }
}
