package io.codeledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies a user or machine client; for the CLI, {@code cli:<operator>}. */
public record UserId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}");

    @JsonCreator
    public UserId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidIdentifier("user id", "letters, digits and . _ @ : -, at most 100 characters");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
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
