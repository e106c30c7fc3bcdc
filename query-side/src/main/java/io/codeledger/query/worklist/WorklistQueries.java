package io.codeledger.query.worklist;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.encounter.EncounterStatus;
import io.codeledger.api.query.FindEncounterSummary;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Answers worklist queries. Filters are built with the driver's typed {@code Filters} from parsed,
 * validated values — never from caller-supplied JSON — so operator injection cannot happen.
 */
@Component
class WorklistQueries {

    static final int MAX_LIMIT = 500;

    private final WorklistRepository repository;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    WorklistQueries(WorklistRepository repository) {
        this(repository, Clock.systemUTC());
    }

    WorklistQueries(WorklistRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @QueryHandler
    WorklistPage handle(FindWorklist query) {
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw new DomainRuleViolation("CL-QRY-001", "limit must be between 1 and " + MAX_LIMIT);
        }
        List<Bson> criteria = criteria(query.filter() == null ? WorklistFilter.all() : query.filter());
        if (query.cursor() != null && !query.cursor().isBlank()) {
            WorklistCursor after = WorklistCursor.decode(query.cursor());
            criteria.add(or(
                    lt("priorityKey", after.priorityKey()),
                    and(eq("priorityKey", after.priorityKey()), gt("_id", after.encounterId()))));
        }
        Bson filter = criteria.isEmpty() ? new Document() : and(criteria);
        List<WorklistEntry> entries = new ArrayList<>();
        repository
                .collection(query.tenantId())
                .find(filter)
                .sort(Sorts.orderBy(Sorts.descending("priorityKey"), Sorts.ascending("_id")))
                .limit(query.limit() + 1)
                .forEach(doc -> entries.add(repository.fromDocument(query.tenantId(), doc)));
        boolean more = entries.size() > query.limit();
        List<WorklistEntry> page = more ? entries.subList(0, query.limit()) : entries;
        Instant now = clock.instant();
        List<WorklistItem> items = page.stream().map(e -> item(e, now)).toList();
        String next = more
                ? new WorklistCursor(
                                page.get(page.size() - 1).priorityKey(),
                                page.get(page.size() - 1).encounterId().value())
                        .encode()
                : null;
        return new WorklistPage(items, next);
    }

    @QueryHandler
    Optional<WorklistItem> handle(FindEncounterSummary query) {
        return repository.find(query.tenantId(), query.encounterId()).map(entry -> item(entry, clock.instant()));
    }

    private static List<Bson> criteria(WorklistFilter f) {
        List<Bson> criteria = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            criteria.add(in("status", f.statuses().stream().map(Enum::name).toList()));
        }
        if (f.mine()) {
            if (f.assignee() == null) {
                throw new DomainRuleViolation("CL-QRY-003", "the 'mine' view needs the coder's user id");
            }
            List<String> open = List.of(
                    EncounterStatus.DOCUMENTED.name(),
                    EncounterStatus.SUGGESTED.name(),
                    EncounterStatus.RETURNED.name(),
                    EncounterStatus.REOPENED.name());
            criteria.add(or(
                    and(in("status", open), eq("assignee", null)),
                    eq("assignee", f.assignee().value())));
        } else if (f.assignee() != null) {
            criteria.add(eq("assignee", f.assignee().value()));
        }
        if (f.type() != null) {
            criteria.add(eq("type", f.type().name()));
        }
        if (f.facility() != null && !f.facility().isBlank()) {
            criteria.add(eq("facility", f.facility()));
        }
        if (f.dischargedFrom() != null) {
            criteria.add(gte("discharged", Date.from(f.dischargedFrom())));
        }
        if (f.dischargedTo() != null) {
            criteria.add(lt("discharged", Date.from(f.dischargedTo())));
        }
        if (f.minConfidence() != null) {
            criteria.add(gte("maxConfidence", f.minConfidence()));
        }
        if (f.maxConfidence() != null) {
            criteria.add(lte("maxConfidence", f.maxConfidence()));
        }
        return criteria;
    }

    private static WorklistItem item(WorklistEntry e, Instant now) {
        return new WorklistItem(
                e.encounterId(),
                e.patient(),
                e.type(),
                e.facility(),
                e.admitted(),
                e.discharged(),
                e.status(),
                e.assignee(),
                e.documentCount(),
                e.suggestionCount(),
                e.maxConfidence(),
                Priority.at(e.priorityKey(), now));
    }
}
