package io.codeledger.api.encounter;

import io.codeledger.api.common.DocumentId;
import io.codeledger.api.phi.DocumentText;

/** A clinical document: the EHR's id and version, its LOINC document type, and its text (PHI). */
public record ClinicalDocument(DocumentId id, int version, String loincType, DocumentText text) {}
