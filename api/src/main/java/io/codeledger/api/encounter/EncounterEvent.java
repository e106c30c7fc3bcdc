package io.codeledger.api.encounter;

import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import java.time.Instant;

/** Something that happened to one encounter: who did it and when. */
public interface EncounterEvent {

    TenantId tenantId();

    EncounterId encounterId();

    UserId actor();

    Instant at();
}
