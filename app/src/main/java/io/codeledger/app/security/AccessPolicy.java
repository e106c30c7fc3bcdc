package io.codeledger.app.security;

import static io.codeledger.api.security.Role.ADMIN;
import static io.codeledger.api.security.Role.AUDITOR;
import static io.codeledger.api.security.Role.CODER;
import static io.codeledger.api.security.Role.INTEGRATION_SERVICE;
import static io.codeledger.api.security.Role.SUPERVISOR;

import io.codeledger.api.encounter.*;
import io.codeledger.api.identity.*;
import io.codeledger.api.query.ExplainCode;
import io.codeledger.api.query.FindCoderMetrics;
import io.codeledger.api.query.FindEncounter;
import io.codeledger.api.query.FindEncounterHistory;
import io.codeledger.api.query.FindEncounterStateAsOf;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.security.Role;
import io.codeledger.api.tenant.*;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may send which command or query from REST: the roles matrix of docs/security.md as
 * code. A message type that is not listed is refused for REST callers (fail closed), so a new
 * command or query is unreachable from outside until it is given a rule here. ADMIN is not a PHI
 * role: queries that return PHI list only CODER, SUPERVISOR and AUDITOR.
 */
public final class AccessPolicy {

    /** The roles that may read PHI. */
    public static final Set<Role> PHI_READERS = EnumSet.of(CODER, SUPERVISOR, AUDITOR);

    /** Messages an unauthenticated request may send: the logins themselves. */
    static final Set<Class<?>> ANONYMOUS =
            Set.of(AuthenticateUser.class, AuthenticateClient.class, RefreshSession.class);

    private static final Map<Class<?>, Set<Role>> RULES = new HashMap<>();

    static {
        allow(EnumSet.of(INTEGRATION_SERVICE, SUPERVISOR), RegisterEncounter.class, AttachClinicalDocument.class);
        allow(EnumSet.of(INTEGRATION_SERVICE), RecordCodeSuggestions.class);
        allow(
                EnumSet.of(CODER),
                ClaimEncounter.class,
                AcceptCodeSuggestion.class,
                RejectCodeSuggestion.class,
                AddCode.class,
                RemoveCode.class,
                SetPrincipalDiagnosis.class,
                SequenceCodes.class,
                SubmitCoding.class);
        allow(
                EnumSet.of(SUPERVISOR),
                AssignEncounter.class,
                ApproveCoding.class,
                ReturnCoding.class,
                ReopenEncounter.class);
        allow(
                EnumSet.of(ADMIN),
                CreateTenant.class,
                ConfigureTenant.class,
                PlaceLegalHold.class,
                LiftLegalHold.class,
                RotateTenantKeys.class,
                ShredTenantPhi.class,
                RecordAccessReview.class,
                RegisterUser.class,
                SetPassword.class,
                EnrolTotp.class,
                GrantRole.class,
                RevokeRole.class,
                LockUser.class,
                UnlockUser.class,
                DeactivateUser.class);
        allow(PHI_READERS, FindWorklist.class, FindEncounter.class);
        allow(
                EnumSet.of(CODER, SUPERVISOR, AUDITOR),
                FindEncounterHistory.class,
                FindEncounterStateAsOf.class,
                ExplainCode.class);
        allow(EnumSet.of(SUPERVISOR, AUDITOR, ADMIN), FindCoderMetrics.class);
        // EndSession is allowed for the session's own user: see AuthorizationInterceptor.
        allow(EnumSet.allOf(Role.class), EndSession.class);
    }

    private AccessPolicy() {}

    private static void allow(Set<Role> roles, Class<?>... types) {
        for (Class<?> type : types) {
            RULES.put(type, Set.copyOf(roles));
        }
    }

    /** The roles allowed to send {@code type} from REST; empty if no REST caller may. */
    static Optional<Set<Role>> rolesFor(Class<?> type) {
        return Optional.ofNullable(RULES.get(type));
    }
}
