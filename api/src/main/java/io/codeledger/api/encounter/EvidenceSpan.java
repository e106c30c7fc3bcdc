package io.codeledger.api.encounter;

import io.codeledger.api.common.DocumentId;

/** Supporting text for a suggestion: characters [start, end) of one version of one document. */
public record EvidenceSpan(DocumentId documentId, int documentVersion, int start, int end) {}
