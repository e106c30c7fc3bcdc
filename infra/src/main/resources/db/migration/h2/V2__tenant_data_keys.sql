-- Wrapped per-tenant data-encryption keys (never usable keys) and the record of shredded tenants.
CREATE TABLE TenantDataKey (
    tenantId VARCHAR(64) NOT NULL,
    version INTEGER NOT NULL,
    wrapped VARCHAR(4096) NOT NULL,
    created VARCHAR(64) NOT NULL,
    PRIMARY KEY (tenantId, version)
);

CREATE TABLE TenantKeyShred (
    tenantId VARCHAR(64) NOT NULL,
    shreddedAt VARCHAR(64) NOT NULL,
    PRIMARY KEY (tenantId)
);
