package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.tenant.ShredTenantPhi;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Crypto-shreds one tenant's PHI: destroys its keys, then records TenantPhiShredded. Irreversible. */
@Command(
        name = "shred-tenant",
        mixinStandardHelpOptions = true,
        description = "Destroy every PHI key of a tenant (irreversible). Needs a second administrator's approval.")
class ShredTenantCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant whose PHI is erased.")
    String tenant;

    @Option(
            names = "--approved-by",
            required = true,
            description = "The second administrator approving (two-person rule).")
    String approvedBy;

    @Option(names = "--yes", description = "Confirm: this cannot be undone.")
    boolean yes;

    @Override
    public Integer call() {
        if (!yes) {
            System.err.println("CL-CLI-001: shredding cannot be undone; add --yes to confirm");
            return 2;
        }
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            platform.bean(CommandGateway.class)
                    .sendAndWait(new ShredTenantPhi(TenantId.of(tenant), UserId.of(approvedBy), Operator.current()));
            platform.bean(ProjectionSync.class).awaitSettled(Duration.ofMinutes(5));
            System.out.println("tenant " + tenant + ": PHI keys destroyed (approved by " + approvedBy
                    + "); its PHI now reads as shredded everywhere");
            return 0;
        }
    }
}
