package io.codeledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** Identifies a clinical document, as the sending EHR numbers it; versions of a document share the id. */
public record DocumentId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @JsonCreator
    public DocumentId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidIdentifier("document id", "letters, digits and . _ -, at most 64 characters");
        }
    }

    public static DocumentId of(String value) {
        return new DocumentId(value);
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
