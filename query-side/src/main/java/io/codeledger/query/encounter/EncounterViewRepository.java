package io.codeledger.query.encounter;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.phi.PhiCodec;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.query.store.BatchedWrites;
import io.codeledger.query.store.SequencedDocuments;
import io.codeledger.query.store.TenantDatabases;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Encounter views in each tenant's {@code encounters} collection: the whole view as sealed JSON
 * (every PHI value sealed for the encounter), next to the non-PHI fields metrics read.
 */
@Component
class EncounterViewRepository {

    static final String COLLECTION = "encounters";

    private final TenantDatabases databases;
    private final PhiCodec phi;

    EncounterViewRepository(TenantDatabases databases, PhiCodec phi) {
        this.databases = databases;
        this.phi = phi;
    }

    MongoCollection<Document> collection(TenantId tenant) {
        return databases.of(tenant).getCollection(COLLECTION);
    }

    Optional<EncounterDetails> find(TenantId tenant, EncounterId encounter) {
        Document doc = collection(tenant).find(eq("_id", encounter.value())).first();
        return Optional.ofNullable(doc).map(d -> phi.openDocument(d.getString("view"), EncounterDetails.class));
    }

    /** Every stored view's JSON (PHI still sealed), for aggregate reads such as metrics. */
    void forEachSealed(TenantId tenant, Consumer<String> view) {
        collection(tenant).find().forEach(doc -> view.accept(doc.getString("view")));
    }

    void dropAll() {
        databases.tenants().forEach(t -> collection(t).drop());
    }

    /** Writes a batch of changes: new documents inserted if absent, others replaced if unchanged since read. */
    void writeAll(Collection<BatchedWrites.Change<EncounterDetails>> changes) {
        new SequencedDocuments<EncounterDetails>(
                        EncounterDetails::tenantId, v -> v.encounterId().value(), this::toDocument, this::collection)
                .writeAll(changes);
    }

    private Document toDocument(EncounterDetails view) {
        return new Document("_id", view.encounterId().value())
                .append("lastSequence", view.lastSequence())
                .append("status", view.status().name())
                .append("view", phi.sealDocument(view));
    }
}
