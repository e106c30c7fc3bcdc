package io.codeledger.query.encounter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.phi.PhiCodec;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.query.store.TenantDatabases;
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

    void insertIfAbsent(EncounterDetails view) {
        collection(view.tenantId())
                .updateOne(
                        eq("_id", view.encounterId().value()),
                        new Document("$setOnInsert", toDocument(view)),
                        new UpdateOptions().upsert(true));
    }

    void replace(long previousSequence, EncounterDetails view) {
        collection(view.tenantId())
                .replaceOne(
                        and(eq("_id", view.encounterId().value()), eq("lastSequence", previousSequence)),
                        toDocument(view),
                        new ReplaceOptions().upsert(false));
    }

    /** Every stored view's JSON (PHI still sealed), for aggregate reads such as metrics. */
    void forEachSealed(TenantId tenant, Consumer<String> view) {
        collection(tenant).find().forEach(doc -> view.accept(doc.getString("view")));
    }

    void dropAll() {
        databases.tenants().forEach(t -> collection(t).drop());
    }

    private Document toDocument(EncounterDetails view) {
        return new Document("_id", view.encounterId().value())
                .append("lastSequence", view.lastSequence())
                .append("status", view.status().name())
                .append("view", phi.sealDocument(view));
    }
}
