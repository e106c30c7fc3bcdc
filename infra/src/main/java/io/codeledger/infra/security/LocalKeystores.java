package io.codeledger.infra.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The PKCS#12 keystores the embedded default keeps under {@code <data>/keys} (PHI master key, JWT
 * signing keys, self-signed TLS certificate). One password protects them all: the environment
 * variable {@code CODELEDGER_KEYSTORE_PASSWORD} (or {@code codeledger.keys.keystore-password}) or,
 * if unset, {@code <data>/keys/keystore.password}, generated on first start and readable by its
 * owner only. Keystore files are written atomically and made owner-only (0600).
 */
public final class LocalKeystores {

    public static final String PASSWORD_ENV = "CODELEDGER_KEYSTORE_PASSWORD";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private LocalKeystores() {}

    /** The keys directory, created owner-only (0700) if absent. */
    public static Path keysDir(Path keysDir) {
        try {
            Files.createDirectories(keysDir);
            Files.setPosixFilePermissions(keysDir, PosixFilePermissions.fromString("rwx------"));
            return keysDir;
        } catch (IOException e) {
            throw new UncheckedIOException("CL-KEY-001: cannot create the keys directory " + keysDir, e);
        }
    }

    /** The keystore password: configured, from the environment, or from the generated password file. */
    public static char[] password(Path keysDir, String configured) throws IOException {
        String fromEnvironment = configured != null && !configured.isBlank() ? configured : System.getenv(PASSWORD_ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.toCharArray();
        }
        Path file = keysDir.resolve("keystore.password");
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            restrict(file);
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException("CL-KEY-002: " + file + " must be readable by its owner only (chmod 600)");
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    /** Loads a PKCS#12 keystore, or an empty one if the file does not exist yet. */
    public static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
        } else {
            store.load(null, password);
        }
        return store;
    }

    /** Writes a keystore atomically, owner-only. */
    public static void store(KeyStore store, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        restrict(temp);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void restrict(Path file) throws IOException {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
}
