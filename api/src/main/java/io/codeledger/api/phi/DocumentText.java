package io.codeledger.api.phi;

/** The text of a clinical document (a note, a report): PHI. */
public record DocumentText(String value) implements Phi {

    public DocumentText {
        if (value == null) {
            throw new InvalidPhi("document.text", "text");
        }
    }

    public static DocumentText shreddedValue() {
        return new DocumentText(SHREDDED);
    }

    @Override
    public boolean shredded() {
        return SHREDDED.equals(value);
    }

    public int length() {
        return value.length();
    }

    @Override
    public String toString() {
        return "DocumentText[" + value.length() + " chars]";
    }
}
