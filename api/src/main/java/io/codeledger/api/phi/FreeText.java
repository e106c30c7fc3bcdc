package io.codeledger.api.phi;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Free text a person typed, such as a rejection or return reason. Treated as PHI because people
 * quote the chart in it.
 */
public record FreeText(String value) implements Phi {

    public FreeText {
        if (value == null) {
            throw new InvalidPhi("reason", "text");
        }
    }

    public static FreeText of(String value) {
        return new FreeText(value);
    }

    public static FreeText shreddedValue() {
        return new FreeText(SHREDDED);
    }

    @JsonIgnore
    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(value);
    }

    @Override
    public String toString() {
        return "FreeText[" + value.length() + " chars]";
    }
}
