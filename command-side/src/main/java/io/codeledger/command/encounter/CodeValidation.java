package io.codeledger.command.encounter;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.codeset.CodeSet;
import java.util.Collection;

/** Checks a code against the code set: it exists, it is billable, and it has no Excludes1 conflict. */
final class CodeValidation {

    private CodeValidation() {}

    static void requireBillable(CodeSet codeSet, IcdCode code) {
        var entry = codeSet.lookup(code).orElseThrow(() -> EncounterRules.unknownCode(code, codeSet.versionId()));
        if (!entry.billable()) {
            throw EncounterRules.notBillable(code);
        }
    }

    static void requireNoExcludes1(CodeSet codeSet, IcdCode candidate, Collection<IcdCode> finalCodes) {
        for (IcdCode existing : finalCodes) {
            codeSet.excludes1Conflict(existing, candidate).ifPresent(conflict -> {
                throw EncounterRules.excludes1(conflict.describe());
            });
        }
    }
}
