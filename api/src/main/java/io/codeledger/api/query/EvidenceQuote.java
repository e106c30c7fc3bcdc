package io.codeledger.api.query;

import io.codeledger.api.common.DocumentId;
import io.codeledger.api.phi.DocumentText;

/**
 * Characters [start, end) of one document version that support a suggestion; {@code quote} is that
 * exact text, filled in when the encounter is read (it is PHI and is not stored twice).
 */
public record EvidenceQuote(DocumentId documentId, int documentVersion, int start, int end, DocumentText quote) {

    public EvidenceQuote withQuote(DocumentText text) {
        return new EvidenceQuote(documentId, documentVersion, start, end, text);
    }
}
