package io.codeledger.infra.phi;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ObjectMapper that seals PHI, for storage only (event store, sagas, dead letters, read
 * models). Deliberately not an {@code ObjectMapper} bean: REST responses use Spring's own mapper,
 * which writes PHI in the clear to an authorised caller.
 */
public record PhiSealingMapper(ObjectMapper mapper) {}
