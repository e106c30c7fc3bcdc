package io.codeledger.api.audit;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Role;
import io.codeledger.api.security.TenantScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * PHI was disclosed to {@code user} of {@code tenantId}: the records ({@code subjectKind} and
 * {@code subjectIds}, identifiers only), the fields, the purpose, how many records, the client's
 * address and the request id. Appended before the response is sent. Holds no PHI itself.
 */
public record PhiAccessed(
        TenantId tenantId,
        UserId user,
        Set<Role> roles,
        String subjectKind,
        List<String> subjectIds,
        Set<String> fields,
        String purpose,
        int count,
        String clientIp,
        String requestId,
        Instant at)
        implements TenantScoped {

    public PhiAccessed {
        roles = Set.copyOf(roles);
        subjectIds = List.copyOf(subjectIds);
        fields = Set.copyOf(fields);
    }
}
