package io.codeledger.app.identity;

import io.codeledger.api.common.AggregateIds;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.identity.*;
import io.codeledger.api.security.Role;
import io.codeledger.api.tenant.AccessReviewRecorded;
import io.codeledger.api.tenant.CreateTenant;
import io.codeledger.api.tenant.RecordAccessReview;
import io.codeledger.infra.identity.UsernameClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * The periodic access review of one tenant, read straight from the event store (the system of
 * record, so nothing can be out of date): every account with its roles, status, MFA enrolment and
 * last login; accounts idle longer than the threshold; privileged accounts; and every account
 * change since the previous review. Producing a review records it, so the next one starts there.
 */
@Service
public class AccessReview {

    /** Roles that can change other people's access or see everything. */
    static final Set<Role> PRIVILEGED = EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.SUPERVISOR);

    private final EventStore events;
    private final UsernameClaims usernames;
    private final CommandGateway commands;

    AccessReview(EventStore events, UsernameClaims usernames, CommandGateway commands) {
        this.events = events;
        this.usernames = usernames;
        this.commands = commands;
    }

    /** One account as the review shows it. */
    public record Account(
            Username username,
            Set<Role> roles,
            String status,
            boolean mfaEnrolled,
            Instant created,
            Instant lastLogin,
            boolean idle,
            boolean privileged) {}

    /** One change to an account: what, who did it, when. */
    public record Change(Instant at, Username username, String what, UserId actor) {}

    /** The review: when, the previous one (null if none), the accounts and the changes since. */
    public record Report(
            TenantId tenant,
            Instant at,
            Instant previous,
            Duration idleAfter,
            List<Account> accounts,
            List<Change> changes) {}

    /** Builds the review at {@code now} and records it as done by {@code reviewer}. */
    public Report review(TenantId tenant, Duration idleAfter, Instant now, UserId reviewer) {
        Instant previous = previousReview(tenant);
        List<Account> accounts = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Username username : usernames.usernames(tenant)) {
            accounts.add(account(tenant, username, idleAfter, now, previous, changes));
        }
        changes.sort(java.util.Comparator.comparing(Change::at));
        commands.sendAndWait(new CreateTenant(tenant, tenant.value(), reviewer));
        commands.sendAndWait(new RecordAccessReview(tenant, accounts.size(), reviewer));
        return new Report(tenant, now, previous, idleAfter, accounts, changes);
    }

    private Instant previousReview(TenantId tenant) {
        Instant[] last = {null};
        events.readEvents(AggregateIds.tenant(tenant)).asStream().forEach(m -> {
            if (m.getPayload() instanceof AccessReviewRecorded recorded) {
                last[0] = recorded.at();
            }
        });
        return last[0];
    }

    private Account account(
            TenantId tenant, Username username, Duration idleAfter, Instant now, Instant since, List<Change> changes) {
        Fold fold = new Fold();
        events.readEvents(AggregateIds.user(tenant, username.value()))
                .asStream()
                .forEach(message -> {
                    String what = fold.apply(message.getPayload());
                    if (what != null
                            && message.getPayload() instanceof UserAccountEvent change
                            && (since == null || change.at().isAfter(since))) {
                        changes.add(new Change(change.at(), username, what, change.actor()));
                    }
                });
        Instant lastUse = fold.lastLogin != null ? fold.lastLogin : fold.created;
        boolean idle = lastUse == null || lastUse.plus(idleAfter).isBefore(now);
        boolean privileged = fold.roles.stream().anyMatch(PRIVILEGED::contains);
        return new Account(username, fold.roles, fold.status, fold.mfa, fold.created, fold.lastLogin, idle, privileged);
    }

    /** An account's state folded from its events; {@link #apply} names account changes, null for logins. */
    private static final class Fold {
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        String status = "active";
        boolean mfa;
        Instant created;
        Instant lastLogin;

        String apply(Object event) {
            if (event instanceof LoginSucceeded e) {
                lastLogin = e.at();
            } else if (event instanceof UserRegistered e) {
                created = e.at();
                roles.addAll(e.roles());
                return "registered with " + e.roles();
            } else if (event instanceof RoleGranted e) {
                roles.add(e.role());
                return "granted " + e.role();
            } else if (event instanceof RoleRevoked e) {
                roles.remove(e.role());
                return "revoked " + e.role();
            } else if (event instanceof TotpEnrolled) {
                mfa = true;
                return "TOTP enrolled";
            } else if (event instanceof PasswordSet) {
                return "password set";
            } else if (event instanceof UserLocked e) {
                status = "locked";
                return "locked (" + e.reason() + ")";
            } else if (event instanceof UserUnlocked) {
                status = "active";
                return "unlocked";
            } else if (event instanceof UserDeactivated) {
                status = "deactivated";
                return "deactivated";
            }
            return null;
        }
    }
}
