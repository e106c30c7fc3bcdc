package io.codeledger.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.codeledger.api.phi.Phi;
import io.codeledger.api.phi.PhiCodec;
import io.codeledger.api.phi.PhiOwner;

/** Test codec: JSON without sealing, so projection tests need no keys (sealing has its own tests in infra). */
public final class PlainPhiCodec implements PhiCodec {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Override
    public String seal(PhiOwner owner, String field, Phi value) {
        return write(value);
    }

    @Override
    public <T extends Phi> T open(PhiOwner owner, String field, String stored, Class<T> type) {
        return read(stored, type);
    }

    @Override
    public String sealDocument(PhiOwner document) {
        return write(document);
    }

    @Override
    public <T extends PhiOwner> T openDocument(String stored, Class<T> type) {
        return read(stored, type);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
