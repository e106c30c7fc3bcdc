package io.codeledger.query.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.phi.Phi;
import org.springframework.stereotype.Component;

/**
 * Writes PHI values into read-model documents and reads them back, through the application's
 * ObjectMapper — the same one the event store uses — so PHI in read models is stored exactly as
 * the serializer stores it in events.
 */
@Component
public class PhiFieldCodec {

    private final ObjectMapper mapper;

    public PhiFieldCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(TenantId tenant, String aggregateId, String field, Phi value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CL-PHI-010: cannot store PHI field " + field + " of " + aggregateId, e);
        }
    }

    public <T extends Phi> T read(TenantId tenant, String aggregateId, String field, String stored, Class<T> type) {
        try {
            return mapper.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CL-PHI-011: cannot read PHI field " + field + " of " + aggregateId, e);
        }
    }
}
