-- Usernames are unique across tenants (login names no tenant): each account claims its name here in
-- the transaction that appends its registration. Claims are never released.
CREATE TABLE UsernameClaim (
    username VARCHAR(64) NOT NULL,
    tenantId VARCHAR(64) NOT NULL,
    claimedAt VARCHAR(64) NOT NULL,
    PRIMARY KEY (username)
);
CREATE INDEX UsernameClaim_tenant ON UsernameClaim (tenantId);

-- Open sessions (one per login, the refresh-token family): every access token names its session,
-- and a request is accepted only while the session is neither revoked nor idle. Times in epoch ms.
CREATE TABLE AuthSession (
    sessionId VARCHAR(64) NOT NULL,
    tenantId VARCHAR(64) NOT NULL,
    username VARCHAR(64) NOT NULL,
    startedAt BIGINT NOT NULL,
    lastSeen BIGINT NOT NULL,
    expiresAt BIGINT NOT NULL,
    revokedAt BIGINT,
    PRIMARY KEY (sessionId)
);
CREATE INDEX AuthSession_user ON AuthSession (tenantId, username);
