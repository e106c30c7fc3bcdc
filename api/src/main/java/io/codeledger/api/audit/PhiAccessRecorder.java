package io.codeledger.api.audit;

import io.codeledger.api.security.Caller;
import java.util.Set;

/**
 * The port every read that discloses PHI calls <em>before</em> the PHI leaves the process: it
 * appends a {@link PhiAccessed} event (who, which tenant, whose records, which fields, why, how
 * many, from which address and request). If the event cannot be appended it throws, and the read
 * must fail with it: PHI is never disclosed unrecorded.
 *
 * <p>Call it at the edge (a REST controller or a CLI command), after the query returned and before
 * the response is written, with the number of records actually disclosed. Reads that disclose
 * nothing (an empty page) need not call it.
 */
public interface PhiAccessRecorder {

    /**
     * Records one disclosure.
     *
     * @param caller who reads (a user, or the CLI operator)
     * @param subject whose records were disclosed
     * @param fields the PHI fields disclosed, e.g. {@code patient.name}, {@code document.text}
     * @param purpose why, e.g. {@code coding-worklist}, {@code encounter-view}, {@code audit-history}
     * @param count how many records (1 for a single record, the page size for a bulk read)
     */
    void record(Caller caller, PhiSubject subject, Set<String> fields, String purpose, int count);
}
