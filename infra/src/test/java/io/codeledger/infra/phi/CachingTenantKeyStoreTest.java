package io.codeledger.infra.phi;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.CachingTenantKeyStore;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.LocalKeyring;
import io.codeledger.infra.phi.keys.MasterKey;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingTenantKeyStoreTest {

    private static final TenantId T1 = TenantId.of("t1");

    @TempDir
    Path dir;

    /** Counts calls that reach the backing store (Vault, in production). */
    private static final class Counting implements TenantKeyStore {
        final TenantKeyStore delegate;
        final AtomicInteger calls = new AtomicInteger();

        Counting(TenantKeyStore delegate) {
            this.delegate = delegate;
        }

        public DataKey currentKey(TenantId t) {
            calls.incrementAndGet();
            return delegate.currentKey(t);
        }

        public Optional<DataKey> key(TenantId t, int v) {
            calls.incrementAndGet();
            return delegate.key(t, v);
        }

        public DataKey rotate(TenantId t) {
            return delegate.rotate(t);
        }

        public void shred(TenantId t) {
            delegate.shred(t);
        }

        public boolean shredded(TenantId t) {
            calls.incrementAndGet();
            return delegate.shredded(t);
        }
    }

    private final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");

        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    @Test
    void theBackingStoreIsReachedOnlyOnACacheMiss() {
        var backing =
                new Counting(new LocalKeyring(MasterKey.open(dir, "pw"), new MemoryWrappedKeys(), Clock.systemUTC()));
        var clock = new MovableClock();
        var cache = new CachingTenantKeyStore(backing, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 1000; i++) {
            cache.shredded(T1);
            cache.currentKey(T1);
            cache.key(T1, 1);
        }
        assertThat(backing.calls.get()).isEqualTo(2);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        cache.currentKey(T1);
        assertThat(backing.calls.get()).isEqualTo(3);
    }

    @Test
    void shreddingEvictsTheTenantAtOnce() {
        var cache = new CachingTenantKeyStore(
                new LocalKeyring(MasterKey.open(dir, "pw"), new MemoryWrappedKeys(), Clock.systemUTC()),
                Duration.ofMinutes(5),
                Clock.systemUTC());
        cache.currentKey(T1);
        cache.shred(T1);
        assertThat(cache.shredded(T1)).isTrue();
        assertThat(cache.key(T1, 1)).isEmpty();
    }
}
