package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.RejectionReason;
import io.codeledger.api.phi.FreeText;
import java.time.Instant;
import java.util.List;

/**
 * One suggested code: the model's confidence, evidence, model hash and code-set version, and the
 * coder's decision ({@code OPEN}, {@code ACCEPTED}, {@code REJECTED}) with who, when and why.
 */
public record SuggestionEntry(
        IcdCode code,
        double confidence,
        List<EvidenceQuote> evidence,
        String modelHash,
        String codeSetVersion,
        Instant suggestedAt,
        String decision,
        UserId decidedBy,
        Instant decidedAt,
        RejectionReason reasonCode,
        FreeText reason) {

    public SuggestionEntry {
        evidence = List.copyOf(evidence);
    }
}
