package io.codeledger.command.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.tenant.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final TenantId T = TenantId.of("t1");
    private static final UserId ADMIN = UserId.of("admin-ann");
    private static final UserId SECOND = UserId.of("admin-bo");
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    private AggregateTestFixture<Tenant> fixture;
    private final List<TenantId> shredded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tenant.class);
        fixture.registerCommandTargetResolver(command -> new VersionedAggregateIdentifier(
                ((io.codeledger.api.common.AggregateCommand) command.getPayload()).aggregateId(), null));
        fixture.registerInjectableResource(new TenantKeyOperations() {
            @Override
            public void shred(TenantId tenant) {
                shredded.add(tenant);
            }

            @Override
            public int rotate(TenantId tenant) {
                return 2;
            }
        });
    }

    private TestExecutor<Tenant> given(Object... events) {
        return fixture.given(events).andGivenCurrentTime(AT);
    }

    private static TenantCreated created() {
        return new TenantCreated(T, "t1", TenantSettings.defaults(), ADMIN, AT);
    }

    @Test
    void anAccessReviewIsRecordedWithItsReviewer() {
        given(created())
                .when(new RecordAccessReview(T, 4, ADMIN))
                .expectEvents(new AccessReviewRecorded(T, 4, ADMIN, AT));
    }

    @Test
    void creatingAnExistingTenantHasNoEffect() {
        given(created()).when(new CreateTenant(T, "t1", ADMIN)).expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void shreddingNeedsASecondAdministrator() {
        given(created())
                .when(new ShredTenantPhi(T, ADMIN, ADMIN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("two-person rule"));
        assertThat(shredded).isEmpty();
    }

    @Test
    void shreddingWithoutAnApproverIsRefused() {
        given(created()).when(new ShredTenantPhi(T, null, ADMIN)).expectException(DomainRuleViolation.class);
    }

    @Test
    void shreddingIsRefusedUnderLegalHold() {
        given(created(), new LegalHoldPlaced(T, "matter 2026-17", ADMIN, AT))
                .when(new ShredTenantPhi(T, SECOND, ADMIN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("legal hold"));
        assertThat(shredded).isEmpty();
    }

    @Test
    void shreddingDestroysTheKeysAndThenRecordsIt() {
        given(created())
                .when(new ShredTenantPhi(T, SECOND, ADMIN))
                .expectEvents(new TenantPhiShredded(T, SECOND, ADMIN, AT));
        assertThat(shredded).containsExactly(T);
    }

    @Test
    void shreddingIsAllowedOnceTheHoldIsLifted() {
        given(created(), new LegalHoldPlaced(T, "m", ADMIN, AT), new LegalHoldLifted(T, ADMIN, AT))
                .when(new ShredTenantPhi(T, SECOND, ADMIN))
                .expectEvents(new TenantPhiShredded(T, SECOND, ADMIN, AT));
    }

    @Test
    void rotatingKeysRecordsTheNewVersion() {
        given(created())
                .when(new RotateTenantKeys(T, ADMIN))
                .expectEvents(new TenantKeysRotated(T, 2, ADMIN, AT))
                .expectResultMessagePayload(2);
    }

    @Test
    void aShreddedTenantHasNoKeysToRotate() {
        given(created(), new TenantPhiShredded(T, SECOND, ADMIN, AT))
                .when(new RotateTenantKeys(T, ADMIN))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void settingsMustBeSensible() {
        given(created())
                .when(new ConfigureTenant(T, new TenantSettings(Duration.ZERO, 0.5, 10), ADMIN))
                .expectException(DomainRuleViolation.class);
    }
}
