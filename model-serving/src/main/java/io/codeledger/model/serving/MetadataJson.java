package io.codeledger.model.serving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes {@link ModelMetadata} as stable, human-readable JSON (sorted map keys, indented). */
public final class MetadataJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private MetadataJson() {}

    public static byte[] write(ModelMetadata metadata) {
        try {
            return MAPPER.writeValueAsBytes(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model metadata", e);
        }
    }

    public static ModelMetadata read(byte[] json) {
        try {
            ModelMetadata metadata = MAPPER.readValue(json, ModelMetadata.class);
            if (!ModelMetadata.FORMAT.equals(metadata.format())) {
                throw new IllegalStateException(
                        "unsupported model format " + metadata.format() + "; this build reads " + ModelMetadata.FORMAT);
            }
            return metadata;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model metadata", e);
        }
    }
}
