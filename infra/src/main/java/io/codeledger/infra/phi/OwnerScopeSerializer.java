package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import io.codeledger.api.phi.PhiContext;
import io.codeledger.api.phi.PhiOwner;
import java.io.IOException;

/** Serializes a {@link PhiOwner} with its tenant and aggregate set as the PHI context of everything inside. */
final class OwnerScopeSerializer extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {

    private final JsonSerializer<Object> delegate;

    OwnerScopeSerializer(JsonSerializer<Object> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Object previous = provider.getAttribute(PhiContext.ATTRIBUTE);
        PhiOwner owner = (PhiOwner) value;
        provider.setAttribute(PhiContext.ATTRIBUTE, new PhiContext(owner.tenantId(), owner.aggregateId()));
        try {
            delegate.serialize(value, gen, provider);
        } finally {
            provider.setAttribute(PhiContext.ATTRIBUTE, previous);
        }
    }

    @Override
    public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        Object previous = provider.getAttribute(PhiContext.ATTRIBUTE);
        PhiOwner owner = (PhiOwner) value;
        provider.setAttribute(PhiContext.ATTRIBUTE, new PhiContext(owner.tenantId(), owner.aggregateId()));
        try {
            delegate.serializeWithType(value, gen, provider, types);
        } finally {
            provider.setAttribute(PhiContext.ATTRIBUTE, previous);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
            throws JsonMappingException {
        if (delegate instanceof ContextualSerializer contextual) {
            return new OwnerScopeSerializer((JsonSerializer<Object>) contextual.createContextual(provider, property));
        }
        return this;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
        if (delegate instanceof ResolvableSerializer resolvable) {
            resolvable.resolve(provider);
        }
    }

    @Override
    public Class<Object> handledType() {
        return delegate.handledType();
    }
}
