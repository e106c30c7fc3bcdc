package io.codeledger.query.worklist;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.encounter.EncounterType;
import io.codeledger.api.phi.PatientDemographics;
import io.codeledger.api.phi.PhiCodec;
import io.codeledger.api.phi.PhiContext;
import io.codeledger.query.store.BatchedWrites;
import io.codeledger.query.store.SequencedDocuments;
import io.codeledger.query.store.TenantDatabases;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Stores worklist entries, one collection {@code worklist} in each tenant's database. */
@Component
class WorklistRepository {

    static final String COLLECTION = "worklist";

    private final TenantDatabases databases;
    private final PhiCodec phi;
    private final Set<TenantId> indexed = ConcurrentHashMap.newKeySet();

    WorklistRepository(TenantDatabases databases, PhiCodec phi) {
        this.databases = databases;
        this.phi = phi;
    }

    MongoCollection<Document> collection(TenantId tenant) {
        MongoCollection<Document> collection = databases.of(tenant).getCollection(COLLECTION);
        if (indexed.add(tenant)) {
            collection.createIndex(Indexes.compoundIndex(Indexes.descending("priorityKey"), Indexes.ascending("_id")));
            collection.createIndex(Indexes.ascending("status"), new IndexOptions().background(false));
        }
        return collection;
    }

    Optional<WorklistEntry> find(TenantId tenant, EncounterId encounter) {
        return Optional.ofNullable(
                        collection(tenant).find(eq("_id", encounter.value())).first())
                .map(doc -> fromDocument(tenant, doc));
    }

    /** Writes a batch of changes: new documents inserted if absent, others replaced if unchanged since read. */
    void writeAll(Collection<BatchedWrites.Change<WorklistEntry>> changes) {
        new SequencedDocuments<WorklistEntry>(
                        WorklistEntry::tenantId, e -> e.encounterId().value(), this::toDocument, this::collection)
                .writeAll(changes);
    }

    private Document toDocument(WorklistEntry e) {
        var owner = new PhiContext(e.tenantId(), AggregateIds.encounter(e.tenantId(), e.encounterId()));
        return new Document("_id", e.encounterId().value())
                .append("tenantId", e.tenantId().value())
                .append("patient", phi.seal(owner, "patient", e.patient()))
                .append("type", e.type().name())
                .append("facility", e.facility())
                .append("admitted", Date.from(e.admitted()))
                .append("discharged", e.discharged() == null ? null : Date.from(e.discharged()))
                .append("status", e.status().name())
                .append("assignee", e.assignee() == null ? null : e.assignee().value())
                .append("documentCount", e.documentCount())
                .append("suggestionCount", e.suggestionCount())
                .append("maxConfidence", e.maxConfidence())
                .append("escalated", e.escalated())
                .append("priorityKey", e.priorityKey())
                .append("lastSequence", e.lastSequence());
    }

    WorklistEntry fromDocument(TenantId tenant, Document d) {
        var owner = new PhiContext(tenant, AggregateIds.encounter(tenant, EncounterId.of(d.getString("_id"))));
        Date discharged = d.getDate("discharged");
        String assignee = d.getString("assignee");
        Number confidence = (Number) d.get("maxConfidence");
        return new WorklistEntry(
                tenant,
                EncounterId.of(d.getString("_id")),
                phi.open(owner, "patient", d.getString("patient"), PatientDemographics.class),
                EncounterType.valueOf(d.getString("type")),
                d.getString("facility"),
                d.getDate("admitted").toInstant(),
                discharged == null ? null : discharged.toInstant(),
                EncounterStatus.valueOf(d.getString("status")),
                assignee == null ? null : UserId.of(assignee),
                d.getInteger("documentCount", 0),
                d.getInteger("suggestionCount", 0),
                confidence == null ? null : confidence.doubleValue(),
                d.getBoolean("escalated", false),
                ((Number) d.get("lastSequence")).longValue());
    }

    void dropAll() {
        for (TenantId tenant : databases.tenants()) {
            databases.of(tenant).getCollection(COLLECTION).drop();
        }
        indexed.clear();
    }
}
