package io.codeledger.app.wiring;

import io.codeledger.infra.deid.DeidResult;
import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.model.training.DeidOutcome;
import io.codeledger.model.training.TextDeidentifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Training's de-identification port over the platform's engine: each note is redacted with
 * category tags; a note whose second-pass sweep still finds an identifier is rejected (its summary
 * names categories and counts, never text). Registered for {@code ServiceLoader} so the {@code
 * train} command finds it without starting the platform.
 */
public final class PlatformTextDeidentifier implements TextDeidentifier {

    private static final Deidentifier ENGINE = new Deidentifier();

    @Override
    public DeidOutcome deidentify(String text) {
        DeidResult result = ENGINE.deidentify(text);
        if (result.rejected()) {
            Map<String, Long> byCategory = result.rejections().stream()
                    .collect(Collectors.groupingBy(f -> f.category().name(), TreeMap::new, Collectors.counting()));
            return DeidOutcome.rejected("second-pass sweep found " + byCategory);
        }
        return DeidOutcome.accepted(result.text());
    }
}
