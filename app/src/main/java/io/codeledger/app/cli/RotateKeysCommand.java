package io.codeledger.app.cli;

import io.codeledger.api.common.TenantId;
import io.codeledger.api.tenant.RotateTenantKeys;
import io.codeledger.app.platform.Platform;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Rotates a tenant's data key: new PHI is sealed under the new version, old versions still open. */
@Command(name = "rotate-keys", mixinStandardHelpOptions = true, description = "Rotate a tenant's PHI data key.")
class RotateKeysCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--tenant", required = true, description = "Tenant id.")
    String tenant;

    @Override
    public Integer call() {
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            Integer version = platform.bean(CommandGateway.class)
                    .sendAndWait(new RotateTenantKeys(TenantId.of(tenant), Operator.current()));
            System.out.println("tenant " + tenant + ": data key rotated to version " + version);
            return 0;
        }
    }
}
