package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.app.identity.AccessReview;
import io.codeledger.app.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The quarterly access review of a tenant's accounts; producing it records it. */
@Command(
        name = "access-review",
        mixinStandardHelpOptions = true,
        description =
                "Access review: users, roles, last login, idle and privileged accounts, changes since the last review.")
class AccessReviewCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id.")
    String tenant;

    @Option(
            names = "--idle-days",
            defaultValue = "90",
            description = "Idle threshold in days (default: ${DEFAULT-VALUE}).")
    int idleDays;

    @Override
    public Integer call() {
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            AccessReview.Report report = platform.bean(AccessReview.class)
                    .review(TenantId.of(tenant), Duration.ofDays(idleDays), Instant.now(), Operator.current());
            print(report);
        }
        return 0;
    }

    private static void print(AccessReview.Report r) {
        System.out.println("Access review of tenant " + r.tenant() + " at " + r.at() + " (previous review: "
                + (r.previous() == null ? "none" : r.previous()) + ")");
        System.out.println();
        System.out.printf(
                "%-24s %-40s %-12s %-4s %-22s %s%n", "USERNAME", "ROLES", "STATUS", "MFA", "LAST LOGIN", "FLAGS");
        for (AccessReview.Account a : r.accounts()) {
            String roles = a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            String flags = (a.privileged() ? "privileged " : "")
                    + (a.idle() ? "idle>" + r.idleAfter().toDays() + "d" : "");
            System.out.printf(
                    "%-24s %-40s %-12s %-4s %-22s %s%n",
                    a.username(),
                    roles,
                    a.status(),
                    a.mfaEnrolled()
                            ? "yes"
                            : (a.roles().contains(io.codeledger.api.security.Role.INTEGRATION_SERVICE) ? "n/a" : "no"),
                    a.lastLogin() == null ? "never" : a.lastLogin().toString(),
                    flags.strip());
        }
        System.out.println();
        System.out.println("Privileged accounts: " + names(r, AccessReview.Account::privileged));
        System.out.println(
                "Idle more than " + r.idleAfter().toDays() + " days: " + names(r, AccessReview.Account::idle));
        System.out.println();
        System.out.println("Changes since the previous review (" + r.changes().size() + "):");
        for (AccessReview.Change c : r.changes()) {
            System.out.println("  " + c.at() + "  " + c.username() + "  " + c.what() + "  by " + c.actor());
        }
    }

    private static String names(AccessReview.Report r, java.util.function.Predicate<AccessReview.Account> which) {
        String names = r.accounts().stream()
                .filter(which)
                .map(a -> a.username().value())
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }
}
