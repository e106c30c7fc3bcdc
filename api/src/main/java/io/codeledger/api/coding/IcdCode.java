package io.codeledger.api.coding;

import java.util.Objects;

/**
 * A code in one of the code systems, always held in canonical form (see {@link
 * CodeSystem#canonical(String)}), so two {@code IcdCode}s for the same code are equal however the
 * caller wrote them.
 */
public record IcdCode(CodeSystem system, String value) {

    public IcdCode {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
        value = system.canonical(value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty code");
        }
    }

    public static IcdCode cm(String code) {
        return new IcdCode(CodeSystem.ICD10CM, code);
    }

    public static IcdCode pcs(String code) {
        return new IcdCode(CodeSystem.ICD10PCS, code);
    }

    @Override
    public String toString() {
        return value;
    }
}
