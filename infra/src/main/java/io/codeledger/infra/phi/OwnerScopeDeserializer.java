package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.codeledger.api.phi.PhiOwner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Deserializes a {@link PhiOwner} and then checks that every sealed value read inside it was sealed
 * for this owner's tenant and aggregate: sealed PHI copied from another record fails here.
 */
final class OwnerScopeDeserializer extends DelegatingDeserializer {

    OwnerScopeDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new OwnerScopeDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object previous = ctxt.getAttribute(OpeningDeserializer.DECLARED);
        List<SealedEnvelope> declared = new ArrayList<>();
        ctxt.setAttribute(OpeningDeserializer.DECLARED, declared);
        try {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof PhiOwner owner) {
                for (SealedEnvelope envelope : declared) {
                    if (!Bindings.belongsTo(envelope, owner)) {
                        throw OpeningDeserializer.moved(envelope);
                    }
                }
            }
            return value;
        } finally {
            ctxt.setAttribute(OpeningDeserializer.DECLARED, previous);
        }
    }
}
