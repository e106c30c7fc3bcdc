package io.codeledger.infra.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codeledger.api.common.TenantId;
import io.codeledger.infra.phi.keys.KeyStoreUnavailableException;
import io.codeledger.infra.phi.keys.LocalKeyring;
import io.codeledger.infra.phi.keys.MasterKey;
import io.codeledger.infra.phi.keys.TenantKeysShreddedException;
import io.codeledger.infra.phi.keys.WrappedKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyringTest {

    private static final TenantId T1 = TenantId.of("t1");

    @TempDir
    Path dir;

    private final MemoryWrappedKeys wrapped = new MemoryWrappedKeys();

    private LocalKeyring keyring(String password) {
        return new LocalKeyring(MasterKey.open(dir, password), wrapped, Clock.systemUTC());
    }

    @Test
    void theFirstUseCreatesVersionOneAndLaterUsesReturnTheSameKey() {
        var first = keyring("pw").currentKey(T1);
        var again = keyring("pw").currentKey(T1);
        assertThat(first.version()).isEqualTo(1);
        assertThat(again.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void onlyWrappedKeysAreStored() {
        var key = keyring("pw").currentKey(T1);
        WrappedKey row = wrapped.rows.get(0);
        assertThat(row.wrapped()).startsWith("local:v1:");
        assertThat(row.wrapped())
                .doesNotContain(
                        java.util.Base64.getEncoder().encodeToString(key.key().getEncoded()));
    }

    @Test
    void rotationAddsAVersionAndOldVersionsStillOpen() {
        var keyring = keyring("pw");
        var v1 = keyring.currentKey(T1);
        var v2 = keyring.rotate(T1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(keyring.currentKey(T1).version()).isEqualTo(2);
        assertThat(keyring.key(T1, 1).orElseThrow().key().getEncoded())
                .isEqualTo(v1.key().getEncoded());
    }

    @Test
    void shreddingDestroysEveryVersionDurably() {
        var keyring = keyring("pw");
        keyring.currentKey(T1);
        keyring.rotate(T1);
        keyring.shred(T1);
        var restarted = keyring("pw");
        assertThat(restarted.key(T1, 1)).isEmpty();
        assertThat(restarted.key(T1, 2)).isEmpty();
        assertThat(wrapped.rows).noneMatch(k -> k.tenant().equals(T1));
        assertThatThrownBy(() -> restarted.currentKey(T1)).isInstanceOf(TenantKeysShreddedException.class);
    }

    @Test
    void aWrappedKeyCopiedToAnotherTenantDoesNotUnwrap() {
        var keyring = keyring("pw");
        keyring.currentKey(T1);
        WrappedKey original = wrapped.rows.get(0);
        wrapped.insert(new WrappedKey(TenantId.of("t2"), 1, original.wrapped(), original.created()));
        assertThatThrownBy(() -> keyring.key(TenantId.of("t2"), 1)).isInstanceOf(KeyStoreUnavailableException.class);
    }

    @Test
    void aWrongPasswordCannotOpenTheMasterKey() {
        keyring("right").currentKey(T1);
        assertThatThrownBy(() -> MasterKey.open(dir, "Not-The-Pass-42"))
                .isInstanceOf(KeyStoreUnavailableException.class)
                .hasMessageContaining("CL-PHI-003")
                .hasMessageNotContaining("Not-The-Pass-42");
    }

    @Test
    void withoutAnEnvironmentPasswordAnOwnerOnlyPasswordFileIsCreated() throws Exception {
        keyring(null).currentKey(T1);
        Path file = dir.resolve("keystore.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.p12"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aPasswordFileReadableByOthersIsRefused() throws Exception {
        keyring(null).currentKey(T1);
        Files.setPosixFilePermissions(dir.resolve("keystore.password"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MasterKey.open(dir, null)).hasMessageContaining("chmod 600");
    }
}
