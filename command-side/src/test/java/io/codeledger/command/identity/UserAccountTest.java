package io.codeledger.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.AggregateCommand;
import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.identity.*;
import io.codeledger.api.phi.TotpSecret;
import io.codeledger.api.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final TenantId T = TenantId.of("t1");
    private static final Username ANN = Username.of("coder-ann");
    private static final UserId ADMIN = UserId.of("cli:root");
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("{test}right");
    private static final TotpSecret SECRET = new TotpSecret("JBSWY3DPEHPK3PXP");
    private static final long STEP = AT.getEpochSecond() / 30;

    private AggregateTestFixture<UserAccount> fixture;
    private final Set<String> claimed = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerCommandTargetResolver(command ->
                new VersionedAggregateIdentifier(((AggregateCommand) command.getPayload()).aggregateId(), null));
        fixture.registerInjectableResource((UsernameRegistry) (username, tenant) -> claimed.add(username.value()));
        fixture.registerInjectableResource(new CredentialVerifier() {
            @Override
            public boolean passwordMatches(PresentedSecret presented, PasswordHash hash) {
                return hash.value().equals("{test}" + presented.value());
            }

            @Override
            public OptionalLong totpStep(TotpSecret secret, PresentedSecret code, Instant now) {
                return code.value().equals("123456")
                        ? OptionalLong.of(now.getEpochSecond() / 30)
                        : OptionalLong.empty();
            }
        });
        fixture.registerInjectableResource(AuthenticationPolicy.defaults());
    }

    private TestExecutor<UserAccount> given(Object... events) {
        return fixture.given(events).andGivenCurrentTime(AT);
    }

    private static Object[] enrolled(Role... roles) {
        return new Object[] {
            new UserRegistered(T, ANN, Set.of(roles), ADMIN, AT.minusSeconds(3600)),
            new PasswordSet(T, ANN, HASH, ADMIN, AT.minusSeconds(3600)),
            new TotpEnrolled(T, ANN, SECRET, ADMIN, AT.minusSeconds(3600))
        };
    }

    private static AuthenticateUser login(String password, String totp) {
        return new AuthenticateUser(
                T,
                ANN,
                new PresentedSecret(password),
                new PresentedSecret(totp),
                "s1",
                "h1",
                AT.plus(Duration.ofDays(7)),
                "127.0.0.1",
                "r1");
    }

    private static LoginFailed failed(LoginFailure reason, Instant at) {
        return new LoginFailed(T, ANN, reason, "127.0.0.1", at.equals(AT) ? "r1" : "r0", ANN.userId(), at);
    }

    private static Object[] withSession() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        events.add(new RefreshTokenFamilyIssued(T, ANN, "s1", "h1", AT.plus(Duration.ofDays(7)), ANN.userId(), AT));
        return events.toArray();
    }

    private static RefreshSession refresh(String presented, Instant lastActivity) {
        return new RefreshSession(T, ANN, "s1", presented, "h2", AT.plus(Duration.ofDays(7)), lastActivity, "ip", "r2");
    }

    @Test
    void aUsernameTakenInAnyTenantCannotBeRegisteredAgain() {
        claimed.add(ANN.value());
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(TenantId.of("t2"), ANN, Set.of(Role.CODER), ADMIN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already taken"));
    }

    @Test
    void anIntegrationServiceHoldsNoOtherRole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(T, ANN, Set.of(Role.INTEGRATION_SERVICE, Role.CODER), ADMIN))
                .expectException(DomainRuleViolation.class);
        given(enrolled(Role.INTEGRATION_SERVICE))
                .when(new GrantRole(T, ANN, Role.AUDITOR, ADMIN))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void passwordAndCurrentCodeLogIn() {
        given(enrolled(Role.CODER))
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.accepted(Set.of(Role.CODER)))
                .expectEvents(
                        new LoginSucceeded(
                                T,
                                ANN,
                                AuthenticationMethod.PASSWORD_AND_TOTP,
                                "s1",
                                STEP,
                                "127.0.0.1",
                                "r1",
                                ANN.userId(),
                                AT),
                        new RefreshTokenFamilyIssued(
                                T, ANN, "s1", "h1", AT.plus(Duration.ofDays(7)), ANN.userId(), AT));
    }

    @Test
    void aLoginWithoutTheOneTimeCodeIsRefusedAndRecorded() {
        given(enrolled(Role.CODER))
                .when(login("right", ""))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.MISSING_TOTP))
                .expectEvents(failed(LoginFailure.MISSING_TOTP, AT));
    }

    @Test
    void aWrongOneTimeCodeIsRefused() {
        given(enrolled(Role.CODER))
                .when(login("right", "654321"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.BAD_TOTP));
    }

    @Test
    void aOneTimeCodeCannotBeUsedTwice() {
        Object[] events = List.of(
                        enrolled(Role.CODER)[0],
                        enrolled(Role.CODER)[1],
                        enrolled(Role.CODER)[2],
                        new LoginSucceeded(
                                T,
                                ANN,
                                AuthenticationMethod.PASSWORD_AND_TOTP,
                                "s0",
                                STEP,
                                "ip",
                                "r",
                                ANN.userId(),
                                AT))
                .toArray();
        given(events)
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.REPLAYED_TOTP));
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheAccount() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        for (int i = 4; i >= 1; i--) {
            events.add(failed(LoginFailure.BAD_PASSWORD, AT.minusSeconds(60L * i)));
        }
        given(events.toArray())
                .when(login("wrong", "123456"))
                .expectEvents(
                        failed(LoginFailure.BAD_PASSWORD, AT),
                        new UserLocked(
                                T,
                                ANN,
                                LockReason.FAILED_LOGINS,
                                AT.plus(Duration.ofMinutes(30)),
                                UserAccount.SYSTEM,
                                AT));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        for (int i = 0; i < 4; i++) {
            events.add(failed(LoginFailure.BAD_PASSWORD, AT.minus(Duration.ofMinutes(20))));
        }
        given(events.toArray()).when(login("wrong", "")).expectEvents(failed(LoginFailure.BAD_PASSWORD, AT));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightCredentials() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        events.add(new UserLocked(T, ANN, LockReason.FAILED_LOGINS, AT.plusSeconds(600), UserAccount.SYSTEM, AT));
        given(events.toArray())
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.LOCKED));
    }

    @Test
    void aLockoutEndsByItselfAfterTheConfiguredTime() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        Instant lockedAt = AT.minus(Duration.ofMinutes(31));
        events.add(new UserLocked(
                T, ANN, LockReason.FAILED_LOGINS, lockedAt.plus(Duration.ofMinutes(30)), UserAccount.SYSTEM, lockedAt));
        given(events.toArray())
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.accepted(Set.of(Role.CODER)));
    }

    @Test
    void anAdministratorsLockNeverEndsByItself() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        events.add(new UserLocked(T, ANN, LockReason.ADMINISTRATOR, null, ADMIN, AT.minus(Duration.ofDays(30))));
        given(events.toArray())
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.LOCKED));
    }

    @Test
    void anIntegrationClientCannotUseTheInteractiveLogin() {
        given(
                        new UserRegistered(T, ANN, Set.of(Role.INTEGRATION_SERVICE), ADMIN, AT),
                        new PasswordSet(T, ANN, HASH, ADMIN, AT))
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.WRONG_METHOD));
    }

    @Test
    void anIntegrationClientAuthenticatesWithItsSecret() {
        given(
                        new UserRegistered(T, ANN, Set.of(Role.INTEGRATION_SERVICE), ADMIN, AT),
                        new PasswordSet(T, ANN, HASH, ADMIN, AT))
                .when(new AuthenticateClient(T, ANN, new PresentedSecret("right"), "c1", "ip", "r"))
                .expectResultMessagePayload(AuthenticationOutcome.accepted(Set.of(Role.INTEGRATION_SERVICE)));
    }

    @Test
    void theCurrentRefreshTokenIsRotated() {
        given(withSession())
                .when(refresh("h1", AT))
                .expectResultMessagePayload(new RefreshOutcome(RefreshOutcome.Status.ROTATED, Set.of(Role.CODER)))
                .expectEvents(new RefreshTokenRotated(
                        T, ANN, "s1", "h2", AT.plus(Duration.ofDays(7)), "ip", "r2", ANN.userId(), AT));
    }

    @Test
    void aSpentRefreshTokenRevokesTheWholeSession() {
        List<Object> events = new java.util.ArrayList<>(List.of(withSession()));
        events.add(
                new RefreshTokenRotated(T, ANN, "s1", "h2", AT.plus(Duration.ofDays(7)), "ip", "r", ANN.userId(), AT));
        given(events.toArray())
                .when(refresh("h1", AT))
                .expectResultMessagePayload(RefreshOutcome.refused(RefreshOutcome.Status.REUSED))
                .expectEvents(
                        new RefreshTokenReuseDetected(T, ANN, "s1", "ip", "r2", UserAccount.SYSTEM, AT),
                        new RefreshTokenFamilyRevoked(T, ANN, "s1", SessionEnd.REUSE_DETECTED, UserAccount.SYSTEM, AT));
    }

    @Test
    void aRevokedSessionCannotBeRefreshedWithItsNewestToken() {
        List<Object> events = new java.util.ArrayList<>(List.of(withSession()));
        events.add(new RefreshTokenFamilyRevoked(T, ANN, "s1", SessionEnd.REUSE_DETECTED, UserAccount.SYSTEM, AT));
        given(events.toArray())
                .when(refresh("h1", AT))
                .expectResultMessagePayload(RefreshOutcome.refused(RefreshOutcome.Status.INVALID))
                .expectNoEvents();
    }

    @Test
    void aSessionIdleForFifteenMinutesCannotBeRefreshed() {
        fixture.given(withSession())
                .andGivenCurrentTime(AT.plus(Duration.ofMinutes(16)))
                .when(refresh("h1", AT.plus(Duration.ofMinutes(0))))
                .expectResultMessagePayload(RefreshOutcome.refused(RefreshOutcome.Status.IDLE));
    }

    @Test
    void recentActivityKeepsASessionRefreshable() {
        fixture.given(withSession())
                .andGivenCurrentTime(AT.plus(Duration.ofMinutes(20)))
                .when(refresh("h1", AT.plus(Duration.ofMinutes(14))))
                .expectResultMessagePayload(new RefreshOutcome(RefreshOutcome.Status.ROTATED, Set.of(Role.CODER)));
    }

    @Test
    void lockingAnAccountEndsItsSessions() {
        List<Object> events = new java.util.ArrayList<>(List.of(withSession()));
        events.add(new UserLocked(T, ANN, LockReason.ADMINISTRATOR, null, ADMIN, AT));
        given(events.toArray())
                .when(refresh("h1", AT))
                .expectResultMessagePayload(RefreshOutcome.refused(RefreshOutcome.Status.INVALID));
    }

    @Test
    void logoutEndsTheSession() {
        given(withSession())
                .when(new EndSession(T, ANN, "s1", ANN.userId()))
                .expectEvents(new RefreshTokenFamilyRevoked(T, ANN, "s1", SessionEnd.LOGOUT, ANN.userId(), AT));
    }

    @Test
    void aDeactivatedAccountCannotLogInOrChange() {
        List<Object> events = new java.util.ArrayList<>(List.of(enrolled(Role.CODER)));
        events.add(new UserDeactivated(T, ANN, ADMIN, AT));
        given(events.toArray())
                .when(login("right", "123456"))
                .expectResultMessagePayload(AuthenticationOutcome.refused(LoginFailure.DEACTIVATED));
        given(events.toArray())
                .when(new GrantRole(T, ANN, Role.AUDITOR, ADMIN))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void everyChangeRecordsItsActor() {
        given(enrolled(Role.CODER))
                .when(new GrantRole(T, ANN, Role.SUPERVISOR, ADMIN))
                .expectEvents(new RoleGranted(T, ANN, Role.SUPERVISOR, ADMIN, AT));
        assertThat(claimed).isEmpty();
    }
}
