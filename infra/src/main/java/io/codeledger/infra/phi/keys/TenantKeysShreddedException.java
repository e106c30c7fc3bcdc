package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;

/** New PHI cannot be sealed for a tenant whose keys were shredded. */
public class TenantKeysShreddedException extends RuntimeException {

    public static final String CODE = "CL-PHI-004";

    public TenantKeysShreddedException(TenantId tenant) {
        super(CODE + ": the PHI keys of tenant " + tenant + " were shredded; it cannot store new PHI");
    }
}
