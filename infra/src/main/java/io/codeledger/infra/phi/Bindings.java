package io.codeledger.infra.phi;

import io.codeledger.api.phi.PhiOwner;

/** Whether a sealed value was sealed for the owner it is found in. */
final class Bindings {

    private Bindings() {}

    static boolean belongsTo(SealedEnvelope envelope, PhiOwner owner) {
        if (!envelope.tenant().equals(owner.tenantId().value())) {
            return false;
        }
        return envelope.shredded() || envelope.aggregate().equals(owner.aggregateId());
    }
}
