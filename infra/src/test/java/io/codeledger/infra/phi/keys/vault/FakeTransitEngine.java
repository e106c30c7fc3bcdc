package io.codeledger.infra.phi.keys.vault;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The state and cryptography of Vault's Transit engine for {@code aes256-gcm96} keys, as the fake
 * Vault server needs it: named keys with numbered versions of real AES-256 keys, ciphertexts in
 * Vault's {@code vault:v<n>:base64(nonce || ciphertext || tag)} form, rotation, {@code
 * deletion_allowed} and deletion. Errors carry Vault's HTTP status and wording.
 */
final class FakeTransitEngine {

    private static final Pattern CIPHERTEXT = Pattern.compile("vault:v(\\d+):(.+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, TransitKey> keys = new ConcurrentHashMap<>();

    /** A Vault error answer: HTTP status and the text Vault puts in {@code errors}. */
    static final class VaultError extends RuntimeException {
        final int status;

        VaultError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** One named transit key: its versions (index 0 is version 1) and its deletion flag. */
    static final class TransitKey {
        final String name;
        final List<SecretKey> versions = new ArrayList<>();
        volatile boolean deletionAllowed;

        TransitKey(String name) {
            this.name = name;
            versions.add(newAesKey());
        }

        synchronized int latestVersion() {
            return versions.size();
        }

        synchronized SecretKey version(int version) {
            return versions.get(version - 1);
        }

        synchronized void rotate() {
            versions.add(newAesKey());
        }

        Map<String, Object> info() {
            Map<String, Object> keyTimes = new LinkedHashMap<>();
            for (int v = 1; v <= latestVersion(); v++) {
                keyTimes.put(Integer.toString(v), 1_700_000_000L + v);
            }
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("name", name);
            info.put("type", "aes256-gcm96");
            info.put("deletion_allowed", deletionAllowed);
            info.put("exportable", false);
            info.put("latest_version", latestVersion());
            info.put("min_decryption_version", 1);
            info.put("min_encryption_version", 0);
            info.put("keys", keyTimes);
            info.put("supports_encryption", true);
            info.put("supports_decryption", true);
            return info;
        }
    }

    /** Creates the key unless it exists (Vault answers success either way). */
    TransitKey create(String name, String type) {
        if (!"aes256-gcm96".equals(type)) {
            throw new VaultError(400, "unknown key type: " + type);
        }
        return keys.computeIfAbsent(name, TransitKey::new);
    }

    boolean exists(String name) {
        return keys.containsKey(name);
    }

    TransitKey get(String name, String missingMessage) {
        TransitKey key = keys.get(name);
        if (key == null) {
            throw new VaultError(400, missingMessage);
        }
        return key;
    }

    /** Deletes the key; Vault refuses unless {@code deletion_allowed} was set first. */
    void delete(String name) {
        TransitKey key = get(name, "error deleting policy " + name + ": could not delete key; not found");
        if (!key.deletionAllowed) {
            throw new VaultError(400, "error deleting policy " + name + ": deletion is not allowed for this policy");
        }
        keys.remove(name);
    }

    /** Encrypts with the key's latest version. */
    String encrypt(TransitKey key, byte[] plaintext) {
        int version = key.latestVersion();
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.version(version), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return "vault:v" + version + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts with the version named in the ciphertext's prefix. */
    byte[] decrypt(TransitKey key, String ciphertext) {
        Matcher m = CIPHERTEXT.matcher(ciphertext == null ? "" : ciphertext);
        if (!m.matches()) {
            throw new VaultError(400, "invalid ciphertext: no prefix");
        }
        int version = Integer.parseInt(m.group(1));
        if (version < 1 || version > key.latestVersion()) {
            throw new VaultError(400, "invalid ciphertext: version is too new or too old");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new VaultError(400, "invalid ciphertext: could not decode base64");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.version(version), new GCMParameterSpec(128, raw, 0, 12));
            return cipher.doFinal(raw, 12, raw.length - 12);
        } catch (GeneralSecurityException e) {
            throw new VaultError(400, "cipher: message authentication failed");
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static SecretKey newAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
