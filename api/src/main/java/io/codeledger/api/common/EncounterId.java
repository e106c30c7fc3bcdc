package io.codeledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies an encounter, as the sending EHR numbers it; unique within a tenant. */
public record EncounterId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @JsonCreator
    public EncounterId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidIdentifier("encounter id", "letters, digits and . _ -, at most 64 characters");
        }
    }

    public static EncounterId of(String value) {
        return new EncounterId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
