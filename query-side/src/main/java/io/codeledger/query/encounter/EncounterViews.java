package io.codeledger.query.encounter;

import io.codeledger.api.common.TenantId;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Read access to stored encounter views for other read models (PHI stays sealed). */
@Component
public class EncounterViews {

    private final EncounterViewRepository repository;

    EncounterViews(EncounterViewRepository repository) {
        this.repository = repository;
    }

    /** Each stored view of the tenant as JSON with its PHI still sealed. */
    public void forEachSealed(TenantId tenant, Consumer<String> view) {
        repository.forEachSealed(tenant, view);
    }
}
