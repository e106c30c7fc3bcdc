package io.codeledger.api.phi;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/**
 * A message or document that may carry PHI values: it names the tenant whose key seals them and
 * the aggregate they belong to. Sealed PHI is bound to both, so it cannot be opened anywhere else.
 */
public interface PhiOwner extends TenantScoped {

    @Override
    TenantId tenantId();

    /** The event-store identifier of the aggregate the PHI belongs to. */
    String aggregateId();
}
