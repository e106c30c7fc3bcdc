package io.codeledger.api.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.codeledger.api.common.InvalidIdentifier;
import io.codeledger.api.common.UserId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: unique across all tenants (login names no tenant), lower-case letters, digits and
 * {@code . _ @ -}, 2 to 64 characters. No {@code ':'}, so it can never be mistaken for a CLI
 * operator ({@code cli:<os user>}) or break an aggregate identifier.
 */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    @JsonCreator
    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidIdentifier("username", "2-64 lower-case letters, digits and . _ @ -");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    /** A username as typed at login: surrounding blanks dropped, case folded. */
    public static Username normalized(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    /** The user id this account acts as in events and tokens. */
    public UserId userId() {
        return UserId.of(value);
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
