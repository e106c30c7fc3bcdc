package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.codeledger.api.phi.Phi;
import io.codeledger.api.phi.PhiContext;
import java.io.IOException;

/** Writes a PHI value as a {@link SealedEnvelope}; refuses to write one outside a known context. */
final class SealingSerializer extends StdSerializer<Phi> implements ContextualSerializer {

    private final transient PhiCipher cipher;
    private final transient ObjectMapper plain;
    private final String field;

    SealingSerializer(PhiCipher cipher, ObjectMapper plain, String field) {
        super(Phi.class);
        this.cipher = cipher;
        this.plain = plain;
        this.field = field;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
        return property == null ? this : new SealingSerializer(cipher, plain, property.getName());
    }

    @Override
    public void serialize(Phi value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        PhiContext context = (PhiContext) provider.getAttribute(PhiContext.ATTRIBUTE);
        String name = field != null ? field : (String) provider.getAttribute(PhiContext.FIELD_ATTRIBUTE);
        if (context == null || name == null) {
            throw new PhiSealingException(
                    "CL-PHI-001",
                    "a " + value.getClass().getSimpleName()
                            + " was written outside a PHI owner; it is refused rather than stored unsealed");
        }
        SealedEnvelope envelope = value.shredded()
                ? SealedEnvelope.shreddedFor(context.tenantId().value())
                : cipher.seal(context, name, plain.writeValueAsBytes(value));
        gen.writeStartObject();
        gen.writeNumberField(SealedEnvelope.MARKER, SealedEnvelope.FORMAT);
        gen.writeStringField("t", envelope.tenant());
        if (envelope.shredded()) {
            gen.writeBooleanField("shredded", true);
        } else {
            gen.writeStringField("a", envelope.aggregate());
            gen.writeStringField("f", envelope.field());
            gen.writeNumberField("k", envelope.keyVersion());
            gen.writeStringField("n", envelope.nonce());
            gen.writeStringField("c", envelope.ciphertext());
        }
        gen.writeEndObject();
    }
}
