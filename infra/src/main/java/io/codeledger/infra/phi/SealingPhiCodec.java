package io.codeledger.infra.phi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.phi.Phi;
import io.codeledger.api.phi.PhiCodec;
import io.codeledger.api.phi.PhiContext;
import io.codeledger.api.phi.PhiOwner;

/** {@link PhiCodec} over the sealing ObjectMapper: read-model PHI is sealed exactly like event PHI. */
public class SealingPhiCodec implements PhiCodec {

    private final ObjectMapper sealing;

    public SealingPhiCodec(ObjectMapper sealing) {
        this.sealing = sealing;
    }

    @Override
    public String seal(PhiOwner owner, String field, Phi value) {
        try {
            return sealing.writer()
                    .withAttribute(PhiContext.ATTRIBUTE, new PhiContext(owner.tenantId(), owner.aggregateId()))
                    .withAttribute(PhiContext.FIELD_ATTRIBUTE, field)
                    .writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw unwrap(e, "cannot seal PHI field " + field + " of " + owner.aggregateId());
        }
    }

    @Override
    public <T extends Phi> T open(PhiOwner owner, String field, String stored, Class<T> type) {
        try {
            return sealing.readerFor(type)
                    .withAttribute(PhiContext.ATTRIBUTE, new PhiContext(owner.tenantId(), owner.aggregateId()))
                    .withAttribute(PhiContext.FIELD_ATTRIBUTE, field)
                    .readValue(stored);
        } catch (JsonProcessingException e) {
            throw unwrap(e, "cannot open PHI field " + field + " of " + owner.aggregateId());
        }
    }

    @Override
    public String sealDocument(PhiOwner document) {
        try {
            return sealing.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw unwrap(e, "cannot seal a " + document.getClass().getSimpleName() + " of " + document.aggregateId());
        }
    }

    @Override
    public <T extends PhiOwner> T openDocument(String stored, Class<T> type) {
        try {
            return sealing.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw unwrap(e, "cannot open a stored " + type.getSimpleName());
        }
    }

    /** Our own sealing errors carry stable codes: surface them rather than Jackson's wrapper. */
    private static RuntimeException unwrap(JsonProcessingException e, String message) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuntimeException runtime
                    && (t instanceof PhiSealingException
                            || t.getClass().getPackageName().startsWith("io.codeledger"))) {
                return runtime;
            }
        }
        return new PhiSealingException("CL-PHI-008", message);
    }
}
