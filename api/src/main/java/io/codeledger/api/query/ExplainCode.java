package io.codeledger.api.query;

import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.security.TenantScoped;

/** "Why is this code on this encounter": the chain of events that put it there. */
public record ExplainCode(TenantId tenantId, EncounterId encounterId, IcdCode code) implements TenantScoped {}
