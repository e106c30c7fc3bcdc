package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.tenant.LiftLegalHold;
import io.codeledger.api.tenant.PlaceLegalHold;
import io.codeledger.app.platform.Platform;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Places or lifts a tenant's legal hold; while held, its PHI cannot be shredded. */
@Command(
        name = "legal-hold",
        mixinStandardHelpOptions = true,
        description = "Place (--on) or lift (--off) a tenant's legal hold.")
class LegalHoldCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id.")
    String tenant;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Switch state;

    static class Switch {
        @Option(names = "--on", required = true, description = "Place the hold.")
        boolean on;

        @Option(names = "--off", required = true, description = "Lift the hold.")
        boolean off;
    }

    @Option(names = "--matter", defaultValue = "unspecified", description = "The legal matter reference (no PHI).")
    String matter;

    @Override
    public Integer call() {
        TenantId id = TenantId.of(tenant);
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            CommandGateway commands = platform.bean(CommandGateway.class);
            if (state.on) {
                commands.sendAndWait(new PlaceLegalHold(id, matter, Operator.current()));
                System.out.println("tenant " + tenant + ": legal hold placed");
            } else {
                commands.sendAndWait(new LiftLegalHold(id, Operator.current()));
                System.out.println("tenant " + tenant + ": legal hold lifted");
            }
            return 0;
        }
    }
}
