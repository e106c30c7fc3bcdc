package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.codeledger.api.phi.Phi;
import io.codeledger.api.phi.PhiOwner;

/**
 * Seals every {@link Phi} value with AES-256-GCM under its tenant's key when written, and opens it
 * when read. The tenant and aggregate come from the enclosing {@link PhiOwner} (an event, a
 * command) or, for values written on their own, from the {@code PhiContext} attribute; the field
 * from the property name. A PHI value written without that context is refused, never written in
 * plain text.
 */
public final class PhiSealingModule extends Module {

    private final PhiCipher cipher;
    private final ObjectMapper plain;

    public PhiSealingModule(PhiCipher cipher, ObjectMapper plain) {
        this.cipher = cipher;
        this.plain = plain;
    }

    @Override
    public String getModuleName() {
        return "codeledger-phi-sealing";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                return Phi.class.isAssignableFrom(type.getRawClass())
                        ? new SealingSerializer(cipher, plain, null)
                        : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription bean) {
                return Phi.class.isAssignableFrom(type.getRawClass())
                        ? new OpeningDeserializer(cipher, plain, type.getRawClass(), null)
                        : null;
            }
        });
        context.addBeanSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                return PhiOwner.class.isAssignableFrom(bean.getBeanClass())
                        ? new OwnerScopeSerializer((JsonSerializer<Object>) serializer)
                        : serializer;
            }
        });
        context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                return PhiOwner.class.isAssignableFrom(bean.getBeanClass())
                        ? new OwnerScopeDeserializer(deserializer)
                        : deserializer;
            }
        });
    }
}
