package io.codeledger.infra.phi;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.phi.PhiContext;
import io.codeledger.infra.phi.keys.DataKey;
import io.codeledger.infra.phi.keys.TenantKeyStore;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM sealing of PHI plaintext under the tenant's current data key, with a random 96-bit
 * nonce per value and tenant, aggregate and field as associated data. Uses the JDK's JCA
 * implementation; no cryptography is written here beyond choosing and calling it.
 */
public class PhiCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final TenantKeyStore keys;
    private final SecureRandom random = new SecureRandom();

    public PhiCipher(TenantKeyStore keys) {
        this.keys = keys;
    }

    SealedEnvelope seal(PhiContext context, String field, byte[] plaintext) {
        if (keys.shredded(context.tenantId())) {
            return SealedEnvelope.shreddedFor(context.tenantId().value());
        }
        DataKey key = keys.currentKey(context.tenantId());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        SealedEnvelope envelope = new SealedEnvelope(
                context.tenantId().value(),
                context.aggregateId(),
                field,
                key.version(),
                Base64.getEncoder().encodeToString(nonce),
                null,
                false);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(envelope.associatedData());
            byte[] sealed = cipher.doFinal(plaintext);
            return new SealedEnvelope(
                    envelope.tenant(),
                    envelope.aggregate(),
                    field,
                    key.version(),
                    envelope.nonce(),
                    Base64.getEncoder().encodeToString(sealed),
                    false);
        } catch (GeneralSecurityException e) {
            throw new PhiSealingException(
                    "CL-PHI-006", "cannot seal PHI field " + field + " of " + context.aggregateId(), e);
        }
    }

    /** The plaintext, or empty when the tenant's key for this value was shredded. */
    Optional<byte[]> open(SealedEnvelope envelope) {
        if (envelope.shredded()) {
            return Optional.empty();
        }
        Optional<DataKey> key = keys.key(TenantId.of(envelope.tenant()), envelope.keyVersion());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key.get().key(),
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(envelope.nonce())));
            cipher.updateAAD(envelope.associatedData());
            return Optional.of(cipher.doFinal(Base64.getDecoder().decode(envelope.ciphertext())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PhiSealingException(
                    "CL-PHI-002",
                    "sealed PHI field " + envelope.field() + " of " + envelope.aggregate()
                            + " failed authentication: it was altered or does not belong here");
        }
    }
}
