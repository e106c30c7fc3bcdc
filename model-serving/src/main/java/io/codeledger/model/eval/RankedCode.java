package io.codeledger.model.eval;

import io.codeledger.api.coding.IcdCode;

/** One entry of a ranked list of codes for a note. */
public record RankedCode(IcdCode code, double score) {}
