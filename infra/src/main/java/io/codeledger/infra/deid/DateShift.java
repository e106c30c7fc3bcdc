package io.codeledger.infra.deid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives a per-patient date offset from a secret, so every record of one patient is shifted by the
 * same number of days (intervals between that patient's dates are kept) while the offset cannot be
 * recomputed without the secret. Offsets lie in [-365, -1] or [1, 365].
 */
public final class DateShift {

    private DateShift() {}

    /** The offset in days for {@code patientId} under {@code secret} (HMAC-SHA256 based). */
    public static int forPatient(String patientId, byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("CL-DEID-004: date-shift secret must have at least 16 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8));
            int value = Math.floorMod(ByteBuffer.wrap(digest).getInt(), 730);
            return value < 365 ? -(value + 1) : value - 364;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CL-DEID-005: HmacSHA256 is not available", e);
        }
    }
}
