package io.codeledger.api.query;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/**
 * A page of a tenant's worklist, highest priority first. {@code cursor} is the {@code nextCursor}
 * of the previous page (null for the first); {@code limit} is 1..500.
 */
public record FindWorklist(TenantId tenantId, WorklistFilter filter, String cursor, int limit)
        implements TenantScoped {}
