package io.codeledger.api.phi;

import io.codeledger.api.common.TenantId;

/**
 * Where a PHI value is stored: tenant and aggregate. Storage code that writes or reads a PHI value
 * outside a {@link PhiOwner} (a read-model field, for instance) passes it to the serializer as the
 * attribute {@link #ATTRIBUTE}, and the field name as {@link #FIELD_ATTRIBUTE}.
 */
public record PhiContext(TenantId tenantId, String aggregateId) implements PhiOwner {

    public static final String ATTRIBUTE = "codeledger.phi.context";
    public static final String FIELD_ATTRIBUTE = "codeledger.phi.field";
}
