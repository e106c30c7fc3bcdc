package io.codeledger.infra.phi;

/**
 * The stored form of one sealed PHI value: {@code {"$phi":1, "t":tenant, "a":aggregate, "f":field,
 * "k":keyVersion, "n":nonce, "c":ciphertext}}. Tenant, aggregate and field are the AES-GCM
 * associated data, so a value moved to another tenant, aggregate or field, or altered in any byte,
 * fails to open. A value sealed for a tenant that was already shredded is stored as {@code
 * {"$phi":1, "t":tenant, "shredded":true}}.
 */
record SealedEnvelope(
        String tenant,
        String aggregate,
        String field,
        int keyVersion,
        String nonce,
        String ciphertext,
        boolean shredded) {

    static final String MARKER = "$phi";
    static final int FORMAT = 1;

    static SealedEnvelope shreddedFor(String tenant) {
        return new SealedEnvelope(tenant, null, null, 0, null, null, true);
    }

    byte[] associatedData() {
        return ("codeledger-phi/v1|" + tenant + "|" + aggregate + "|" + field)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
