package io.codeledger.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * Identifies a tenant (a hospital, billing company or clinic). Lower-case letters, digits and
 * hyphens, at most 40 characters, so it can name the tenant's own read-model database.
 */
public record TenantId(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @JsonCreator
    public TenantId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidIdentifier("tenant id", "lower-case letters, digits and '-', at most 40 characters");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
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
