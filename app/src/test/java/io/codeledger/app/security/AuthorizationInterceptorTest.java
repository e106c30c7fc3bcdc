package io.codeledger.app.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.ApproveCoding;
import io.codeledger.api.encounter.ClaimEncounter;
import io.codeledger.api.identity.AuthenticateUser;
import io.codeledger.api.identity.EndSession;
import io.codeledger.api.identity.PresentedSecret;
import io.codeledger.api.identity.Username;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.security.AccessDenied;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.Role;
import java.util.Set;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

class AuthorizationInterceptorTest {

    private static final TenantId T = TenantId.of("t1");
    private static final EncounterId E = EncounterId.of("E-1");
    private static final Caller CODER = new Caller(T, UserId.of("ann"), Set.of(Role.CODER));
    private static final Caller ADMIN = new Caller(T, UserId.of("root"), Set.of(Role.ADMIN));

    private final AuthorizationInterceptor<Message<?>> server =
            new AuthorizationInterceptor<>(new OperatorMode("", mock(ApplicationContext.class)));
    private final AuthorizationInterceptor<Message<?>> cli =
            new AuthorizationInterceptor<>(new OperatorMode("cli:ops", mock(ApplicationContext.class)));

    @Test
    void aMessageWithoutAnOriginIsRefused() {
        assertThatThrownBy(() -> server.authorize(new ClaimEncounter(T, E, CODER.userId(), null), null))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aCallerMaySendWhatItsRolesAllowInItsOwnTenant() {
        assertThatCode(() -> server.authorize(new ClaimEncounter(T, E, CODER.userId(), null), Origin.rest(CODER)))
                .doesNotThrowAnyException();
    }

    @Test
    void aCommandForAnotherTenantReadsAsNotFound() {
        assertThatThrownBy(() -> server.authorize(
                        new ClaimEncounter(TenantId.of("t2"), E, CODER.userId(), null), Origin.rest(CODER)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("no such encounter");
    }

    @Test
    void aRoleThatIsNotAllowedIsRefused() {
        assertThatThrownBy(() -> server.authorize(new ApproveCoding(T, E, CODER.userId(), null), Origin.rest(CODER)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAdministratorCannotQueryPhi() {
        assertThatThrownBy(
                        () -> server.authorize(new FindWorklist(T, WorklistFilter.all(), null, 10), Origin.rest(ADMIN)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aMessageTypeWithoutAnAccessRuleIsRefusedForRestCallers() {
        record Unlisted(TenantId tenantId) implements io.codeledger.api.security.TenantScoped {}
        assertThatThrownBy(() -> server.authorize(new Unlisted(T), Origin.rest(ADMIN)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anonymousRequestsMayOnlyLogIn() {
        var login = new AuthenticateUser(
                T, Username.of("ann"), new PresentedSecret("p"), new PresentedSecret("1"), "s", "h", null, "ip", "r");
        assertThatCode(() -> server.authorize(login, Origin.anonymous())).doesNotThrowAnyException();
        assertThatThrownBy(() -> server.authorize(new ClaimEncounter(T, E, UserId.of("ann"), null), Origin.anonymous()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theOperatorOriginIsHonouredOnlyInACliProcess() {
        var claim = new ClaimEncounter(T, E, UserId.of("cli:ops"), null);
        assertThatThrownBy(() -> server.authorize(claim, Origin.operator(UserId.of("cli:ops"))))
                .isInstanceOf(AccessDenied.class);
        assertThatCode(() -> cli.authorize(claim, Origin.operator(UserId.of("cli:ops"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aSessionCanBeEndedOnlyByItsOwnUser() {
        assertThatThrownBy(() -> server.authorize(
                        new EndSession(T, Username.of("bob"), "s", CODER.userId()), Origin.rest(CODER)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theOriginSurvivesTheTripThroughMetadata() {
        var metaData =
                org.axonframework.messaging.MetaData.from(Origin.rest(CODER).toMetaData());
        org.assertj.core.api.Assertions.assertThat(Origin.from(metaData)).contains(Origin.rest(CODER));
    }
}
