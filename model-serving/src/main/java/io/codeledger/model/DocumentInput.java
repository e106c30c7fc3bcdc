package io.codeledger.model;

import io.codeledger.api.common.DocumentId;

/** One version of one clinical document, as the suggester reads it. */
public record DocumentInput(DocumentId id, int version, String text) {

    @Override
    public String toString() {
        return "DocumentInput[" + id + " v" + version + ", " + text.length() + " chars]";
    }
}
