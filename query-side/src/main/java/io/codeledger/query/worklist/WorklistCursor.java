package io.codeledger.query.worklist;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.EncounterId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a worklist page ended: the sort key and encounter id of its last item. Paging continues
 * strictly after it, so pages stay stable while new work arrives.
 */
record WorklistCursor(double priorityKey, String encounterId) {

    String encode() {
        String raw = "v1|" + priorityKey + "|" + encounterId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static WorklistCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals("v1")) {
                throw invalid();
            }
            return new WorklistCursor(
                    Double.parseDouble(parts[1]), EncounterId.of(parts[2]).value());
        } catch (IllegalArgumentException | DomainRuleViolation e) {
            throw invalid();
        }
    }

    private static DomainRuleViolation invalid() {
        return new DomainRuleViolation(
                "CL-QRY-002", "invalid cursor: pass the nextCursor of a previous page unchanged");
    }
}
