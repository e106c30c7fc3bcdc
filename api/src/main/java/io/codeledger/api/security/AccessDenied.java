package io.codeledger.api.security;

import io.codeledger.api.common.DomainRuleViolation;

/**
 * The caller is authenticated but its roles do not allow the operation ({@code CL-AUTH-403}). A
 * message for another tenant is never answered with this: it reads as not found, so the caller
 * learns nothing about what exists elsewhere.
 */
public class AccessDenied extends DomainRuleViolation {

    public AccessDenied(String message) {
        super("CL-AUTH-403", message);
    }
}
