package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.UserId;
import io.codeledger.api.phi.FreeText;
import java.time.Instant;

/**
 * A final code: from a suggestion ({@code SUGGESTION}) or added by hand ({@code MANUAL}), by whom,
 * when, and the coder's reason for a manual code.
 */
public record FinalCodeEntry(IcdCode code, String source, UserId addedBy, Instant addedAt, FreeText reason) {}
