package io.codeledger.command.identity;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The account's open sessions, each a refresh-token family: the hash of its current token, the
 * hashes of the tokens it has spent (to recognise reuse), when the current token expires and when
 * the session was last refreshed. Ended and expired sessions are dropped, so the state stays small.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class Sessions {

    /** One refresh-token family. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Family {
        private String currentHash;
        private Instant expiresAt;
        private Instant lastRefreshed;
        private final Set<String> spent = new HashSet<>();

        boolean isCurrent(String hash) {
            return currentHash.equals(hash);
        }

        boolean isSpent(String hash) {
            return spent.contains(hash);
        }

        Instant expiresAt() {
            return expiresAt;
        }

        Instant lastRefreshed() {
            return lastRefreshed;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Family f
                    && currentHash.equals(f.currentHash)
                    && expiresAt.equals(f.expiresAt)
                    && lastRefreshed.equals(f.lastRefreshed)
                    && spent.equals(f.spent);
        }

        @Override
        public int hashCode() {
            return currentHash.hashCode();
        }
    }

    private final Map<String, Family> open = new HashMap<>();

    Optional<Family> find(String sessionId) {
        return Optional.ofNullable(open.get(sessionId));
    }

    boolean isOpen(String sessionId) {
        return open.containsKey(sessionId);
    }

    void issued(String sessionId, String hash, Instant expiresAt, Instant at) {
        open.values().removeIf(f -> f.expiresAt.isBefore(at));
        Family family = new Family();
        family.currentHash = hash;
        family.expiresAt = expiresAt;
        family.lastRefreshed = at;
        open.put(sessionId, family);
    }

    void rotated(String sessionId, String hash, Instant expiresAt, Instant at) {
        Family family = open.get(sessionId);
        if (family != null) {
            family.spent.add(family.currentHash);
            family.currentHash = hash;
            family.expiresAt = expiresAt;
            family.lastRefreshed = at;
        }
    }

    void ended(String sessionId) {
        open.remove(sessionId);
    }

    void endAll() {
        open.clear();
    }
}
