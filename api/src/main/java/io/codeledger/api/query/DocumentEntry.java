package io.codeledger.api.query;

import io.codeledger.api.common.DocumentId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.DocumentText;
import java.time.Instant;

/** One version of one document on an encounter; the text is PHI. */
public record DocumentEntry(
        DocumentId id, int version, String loincType, DocumentText text, UserId attachedBy, Instant attachedAt) {}
