package io.codeledger.infra.phi.keys;

import io.codeledger.api.common.TenantId;
import java.util.List;

/**
 * Where wrapped DEKs live: a table beside the event store ({@code TenantDataKey}), shared by every
 * node. Holds only wrapped keys, never a usable key.
 */
public interface WrappedKeyRepository {

    /** Every stored version of the tenant's DEK, oldest first. */
    List<WrappedKey> find(TenantId tenant);

    /** Stores a new version; fails if the version exists (two nodes racing to create a key). */
    void insert(WrappedKey key);

    /** Replaces the wrapped form of an existing version (after the wrapping key was rotated). */
    void rewrap(WrappedKey key);

    /** Deletes every version of the tenant's DEK and records that the tenant was shredded. */
    void shred(TenantId tenant);

    boolean shredded(TenantId tenant);
}
