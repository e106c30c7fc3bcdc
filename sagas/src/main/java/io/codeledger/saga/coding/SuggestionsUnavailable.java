package io.codeledger.saga.coding;

/**
 * The model could not suggest codes for a document. Thrown from the suggestion handler so that the
 * event goes to the {@code coding-suggestions} dead-letter queue, from which it is retried with
 * backoff and where operators see it ({@code dead-letters} command).
 */
public class SuggestionsUnavailable extends RuntimeException {

    public SuggestionsUnavailable(String message, Throwable cause) {
        super("CL-SAGA-001: " + message, cause);
    }
}
