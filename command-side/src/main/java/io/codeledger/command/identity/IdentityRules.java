package io.codeledger.command.identity;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.security.Role;

/** The user account's rule violations, one factory per stable error code. Messages never hold secrets. */
final class IdentityRules {

    private IdentityRules() {}

    static DomainRuleViolation usernameTaken() {
        return new DomainRuleViolation(
                "CL-USR-001", "the username is already taken; usernames are unique across tenants");
    }

    static DomainRuleViolation noRoles() {
        return new DomainRuleViolation("CL-USR-002", "an account needs at least one role");
    }

    static DomainRuleViolation integrationServiceAlone(Role role) {
        return new DomainRuleViolation(
                "CL-USR-003",
                "an INTEGRATION_SERVICE account is a machine client and holds no other role (refused: " + role + ")");
    }

    static DomainRuleViolation deactivated() {
        return new DomainRuleViolation("CL-USR-004", "the account is deactivated; nothing about it can change");
    }

    static DomainRuleViolation noTotpForClients() {
        return new DomainRuleViolation(
                "CL-USR-005", "integration clients authenticate with client credentials, not a one-time code");
    }
}
