package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import io.codeledger.api.phi.Phi;
import io.codeledger.api.phi.PhiContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@link SealedEnvelope} back into its PHI type. A value whose key was shredded becomes the
 * type's shredded marker; a value that fails authentication, or that was sealed for another tenant,
 * aggregate or field than the one it is read in, is an error.
 */
final class OpeningDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {

    static final String DECLARED = "codeledger.phi.declared";

    private final PhiCipher cipher;
    private final ObjectMapper plain;
    private final Class<?> type;
    private final String field;

    OpeningDeserializer(PhiCipher cipher, ObjectMapper plain, Class<?> type, String field) {
        this.cipher = cipher;
        this.plain = plain;
        this.type = type;
        this.field = field;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property == null ? this : new OpeningDeserializer(cipher, plain, type, property.getName());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        if (node == null || !node.has(SealedEnvelope.MARKER)) {
            throw new PhiSealingException(
                    "CL-PHI-005",
                    "an unsealed " + type.getSimpleName() + " was found in a store; PHI is only ever stored sealed");
        }
        SealedEnvelope envelope = envelope(node);
        String expectedField = field != null ? field : (String) ctxt.getAttribute(PhiContext.FIELD_ATTRIBUTE);
        if (!envelope.shredded() && expectedField != null && !expectedField.equals(envelope.field())) {
            throw moved(envelope);
        }
        verifyOwner(envelope, ctxt);
        Optional<byte[]> plaintext = cipher.open(envelope);
        if (plaintext.isEmpty()) {
            return shreddedValue();
        }
        return plain.readValue(plaintext.get(), type);
    }

    @SuppressWarnings("unchecked")
    private void verifyOwner(SealedEnvelope envelope, DeserializationContext ctxt) {
        PhiContext expected = (PhiContext) ctxt.getAttribute(PhiContext.ATTRIBUTE);
        if (expected != null) {
            if (!Bindings.belongsTo(envelope, expected)) {
                throw moved(envelope);
            }
            return;
        }
        Object declared = ctxt.getAttribute(DECLARED);
        if (!(declared instanceof List<?>)) {
            throw new PhiSealingException(
                    "CL-PHI-007",
                    "a " + type.getSimpleName() + " was read outside a PHI owner, so its binding cannot be checked");
        }
        ((List<SealedEnvelope>) declared).add(envelope);
    }

    static PhiSealingException moved(SealedEnvelope envelope) {
        return new PhiSealingException(
                "CL-PHI-002",
                "sealed PHI field " + envelope.field() + " of " + envelope.aggregate()
                        + " was moved: it does not belong where it was read");
    }

    private static SealedEnvelope envelope(JsonNode node) {
        if (node.path("shredded").asBoolean(false)) {
            return SealedEnvelope.shreddedFor(node.path("t").asText());
        }
        return new SealedEnvelope(
                node.path("t").asText(),
                node.path("a").asText(),
                node.path("f").asText(),
                node.path("k").asInt(),
                node.path("n").asText(),
                node.path("c").asText(),
                false);
    }

    private Object shreddedValue() {
        try {
            return type.getMethod("shreddedValue").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    type.getName() + " must offer a static shreddedValue() as every Phi type does", e);
        }
    }

    @Override
    public Class<?> handledType() {
        return type;
    }

    /** Phi types must declare {@code static T shreddedValue()}; checked when the module meets the type. */
    static boolean isPhi(Class<?> candidate) {
        return Phi.class.isAssignableFrom(candidate);
    }
}
