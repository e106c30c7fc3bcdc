package io.codeledger.api.audit;

import io.codeledger.api.common.EncounterId;
import java.util.Collection;
import java.util.List;

/**
 * Whose PHI a response disclosed: the encounters it came from (their ids, never the PHI itself).
 * A bulk read names every encounter on the page; the access's {@code count} says how many records.
 */
public record PhiSubject(String kind, List<String> ids) {

    public PhiSubject {
        ids = List.copyOf(ids);
    }

    public static PhiSubject encounter(EncounterId id) {
        return new PhiSubject("encounter", List.of(id.value()));
    }

    public static PhiSubject encounters(Collection<EncounterId> ids) {
        return new PhiSubject("encounter", ids.stream().map(EncounterId::value).toList());
    }
}
