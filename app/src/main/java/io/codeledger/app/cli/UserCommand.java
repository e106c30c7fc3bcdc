package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.identity.Username;
import io.codeledger.api.security.Role;
import io.codeledger.app.identity.UserAdministration;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** User accounts: add, lock, unlock, grant, revoke, deactivate, reset-mfa, set-password. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage user accounts (run by the local operator, recorded as cli:<os user>).",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Lock.class,
            UserCommand.Unlock.class,
            UserCommand.Grant.class,
            UserCommand.Revoke.class,
            UserCommand.Deactivate.class,
            UserCommand.ResetMfa.class,
            UserCommand.SetPassword.class
        })
class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every user subcommand shares. */
    static class Target {
        @Mixin
        DataDirOption data;

        @Option(names = "--username", required = true, description = "The account's username.")
        String username;

        @Option(names = "--tenant", description = "The tenant the account must belong to (optional check).")
        String tenant;

        Optional<TenantId> expected() {
            return Optional.ofNullable(tenant).map(TenantId::of);
        }

        Username name() {
            return Username.normalized(username);
        }

        int run(Consumer<UserAdministration> action) {
            try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
                action.accept(platform.bean(UserAdministration.class));
                platform.bean(ProjectionSync.class).awaitCaughtUp(Duration.ofMinutes(1));
            }
            return 0;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Add an account. A person's password is read from standard input; the TOTP provisioning URI (or an integration client's secret) is printed once.")
    static class Add implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Option(names = "--tenant", required = true, description = "Tenant the account belongs to.")
        String tenant;

        @Option(names = "--username", required = true, description = "Username, unique across tenants.")
        String username;

        @Option(names = "--role", required = true, description = "Role (repeatable): ${COMPLETION-CANDIDATES}.")
        List<Role> roles;

        @Override
        public Integer call() throws IOException {
            EnumSet<Role> granted = EnumSet.copyOf(roles);
            String password = granted.contains(Role.INTEGRATION_SERVICE) ? null : readPassword();
            Username name = Username.normalized(username);
            try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
                UserAdministration.Enrolment enrolment = platform.bean(UserAdministration.class)
                        .addUser(TenantId.of(tenant), name, granted, password, Operator.current());
                platform.bean(ProjectionSync.class).awaitCaughtUp(Duration.ofMinutes(1));
                System.out.println("user " + name + " added to tenant " + tenant + " with roles " + granted);
                if (enrolment.totpUri() != null) {
                    System.out.println("Enrol this TOTP URI in an authenticator app now; it is not shown again:");
                    System.out.println(enrolment.totpUri());
                } else {
                    System.out.println("client_id=" + name + " client_secret=" + enrolment.clientSecret());
                    System.out.println("Store the client secret now; it is not shown again.");
                }
            }
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true, description = "Lock an account; its sessions end.")
    static class Lock implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            int exit = target.run(admin -> admin.lock(target.name(), target.expected(), Operator.current()));
            System.out.println("user " + target.name() + " locked");
            return exit;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true, description = "Unlock an account.")
    static class Unlock implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            int exit = target.run(admin -> admin.unlock(target.name(), target.expected(), Operator.current()));
            System.out.println("user " + target.name() + " unlocked");
            return exit;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Grant a role.")
    static class Grant implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--role", required = true, description = "Role: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            int exit = target.run(admin -> admin.grant(target.name(), target.expected(), role, Operator.current()));
            System.out.println("user " + target.name() + " granted " + role);
            return exit;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke a role; the account's sessions end.")
    static class Revoke implements Callable<Integer> {
        @Mixin
        Target target;

        @Option(names = "--role", required = true, description = "Role: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            int exit = target.run(admin -> admin.revoke(target.name(), target.expected(), role, Operator.current()));
            System.out.println("user " + target.name() + ": " + role + " revoked");
            return exit;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "Deactivate an account for good.")
    static class Deactivate implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            int exit = target.run(admin -> admin.deactivate(target.name(), target.expected(), Operator.current()));
            System.out.println("user " + target.name() + " deactivated");
            return exit;
        }
    }

    @Command(
            name = "reset-mfa",
            mixinStandardHelpOptions = true,
            description = "Enrol a new TOTP authenticator; prints its URI once.")
    static class ResetMfa implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() {
            String[] uri = new String[1];
            int exit =
                    target.run(admin -> uri[0] = admin.resetMfa(target.name(), target.expected(), Operator.current()));
            System.out.println("Enrol this TOTP URI in an authenticator app now; it is not shown again:");
            System.out.println(uri[0]);
            return exit;
        }
    }

    @Command(
            name = "set-password",
            mixinStandardHelpOptions = true,
            description = "Set a new password, read from standard input.")
    static class SetPassword implements Callable<Integer> {
        @Mixin
        Target target;

        @Override
        public Integer call() throws IOException {
            String password = readPassword();
            int exit = target.run(
                    admin -> admin.setPassword(target.name(), target.expected(), password, Operator.current()));
            System.out.println("user " + target.name() + ": password set");
            return exit;
        }
    }

    /** From the terminal without echo, or the first line of standard input when it is piped. */
    static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("password: ");
            return typed == null ? "" : new String(typed);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
    }
}
