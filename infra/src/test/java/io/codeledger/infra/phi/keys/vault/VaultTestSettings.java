package io.codeledger.infra.phi.keys.vault;

import java.time.Duration;

/** Settings pointing the key store at a fake Vault: short timeouts, no retries unless asked. */
final class VaultTestSettings {

    static final String ROOT_TOKEN = "hvs.CAESIJlU2FmZVRlc3RSb290VG9rZW4tMDEyMzQ1Njc4OQ";

    private VaultTestSettings() {}

    static VaultProperties token(String address, String token) {
        return settings(address, token, new VaultProperties.AppRole("approle", null, null), "");
    }

    static VaultProperties appRole(String address, String roleId, String secretId) {
        return settings(address, null, new VaultProperties.AppRole("approle", roleId, secretId), "");
    }

    static VaultProperties settings(String address, String token, VaultProperties.AppRole appRole, String namespace) {
        return new VaultProperties(
                address,
                token,
                appRole,
                "transit",
                "codeledger-tenant-",
                namespace,
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                0,
                Duration.ofMillis(10));
    }
}
