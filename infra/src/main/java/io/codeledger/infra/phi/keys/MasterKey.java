package io.codeledger.infra.phi.keys;

import io.codeledger.infra.security.LocalKeystores;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The local keyring's key-encryption key: an AES-256 key in a PKCS#12 keystore ({@code
 * <data>/keys/master.p12}), created on first start. Its password comes from the environment
 * variable {@code CODELEDGER_KEYSTORE_PASSWORD} or, if unset, from {@code
 * <data>/keys/keystore.password}, a file that must be readable by its owner only (0600) and is
 * generated on first start.
 */
public final class MasterKey {

    static final String PASSWORD_ENV = "CODELEDGER_KEYSTORE_PASSWORD";
    private static final String ALIAS = "codeledger-master";
    private static final int NONCE_BYTES = 12;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    /** Opens (or on first start creates) the master key under {@code keysDir}. */
    public static MasterKey open(Path keysDir, String passwordFromEnvironment) {
        try {
            Files.createDirectories(keysDir);
            Files.setPosixFilePermissions(keysDir, PosixFilePermissions.fromString("rwx------"));
            char[] password = password(keysDir, passwordFromEnvironment);
            Path file = keysDir.resolve("master.p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
                KeyStore.Entry entry = store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
                if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
                    throw new KeyStoreUnavailableException("master.p12 holds no master key", null);
                }
                return new MasterKey(secret.getSecretKey());
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey created = generator.generateKey();
            store.load(null, password);
            store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(created), new KeyStore.PasswordProtection(password));
            Path temp = keysDir.resolve("master.p12.tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            restrict(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return new MasterKey(created);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyStoreUnavailableException(
                    "cannot open the master keystore in " + keysDir + " (wrong password or unreadable file)", e);
        }
    }

    private static char[] password(Path keysDir, String fromEnvironment) throws IOException {
        try {
            return LocalKeystores.password(keysDir, fromEnvironment);
        } catch (IllegalStateException e) {
            throw new KeyStoreUnavailableException(e.getMessage(), null);
        }
    }

    private static void restrict(Path file) throws IOException {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    public String wrap(byte[] dataKey, String binding) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(dataKey);
            return "local:v1:" + Base64.getEncoder().encodeToString(nonce) + ":"
                    + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new KeyStoreUnavailableException("cannot wrap a data key", e);
        }
    }

    public byte[] unwrap(String wrapped, String binding) {
        String[] parts = wrapped.split(":");
        if (parts.length != 4 || !parts[0].equals("local") || !parts[1].equals("v1")) {
            throw new KeyStoreUnavailableException("a stored data key is not in the local keyring's format", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(128, Base64.getDecoder().decode(parts[2])));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Base64.getDecoder().decode(parts[3]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyStoreUnavailableException("a stored data key failed to unwrap under the master key", e);
        }
    }
}
