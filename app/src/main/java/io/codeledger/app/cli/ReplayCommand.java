package io.codeledger.app.cli;

import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionReplay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Rebuilds read models from the event store. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Rebuild projections from the event store.")
class ReplayCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--projection", description = "Only this projection (default: all).")
    String projection;

    @Override
    public Integer call() {
        try (Platform platform = Platform.start(data.path(), "codeledger.console-log-level=WARN")) {
            long start = System.nanoTime();
            List<String> done = platform.bean(ProjectionReplay.class).replay(projection, Duration.ofHours(2));
            System.out.printf("replayed %s in %.1f s%n", done, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
