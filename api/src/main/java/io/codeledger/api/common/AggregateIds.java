package io.codeledger.api.common;

/**
 * Aggregate identifiers in the event store. Every aggregate type has its own prefix, and ':' is not
 * allowed in the ids it joins, so two aggregates can never share an identifier even when an
 * encounter id of one tenant equals that of another.
 */
public final class AggregateIds {

    private AggregateIds() {}

    public static String tenant(TenantId tenant) {
        return "tenant:" + tenant.value();
    }

    public static String encounter(TenantId tenant, EncounterId encounter) {
        return "encounter:" + tenant.value() + ":" + encounter.value();
    }

    public static String user(TenantId tenant, String username) {
        return "user:" + tenant.value() + ":" + username;
    }
}
