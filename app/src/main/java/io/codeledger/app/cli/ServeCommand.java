package io.codeledger.app.cli;

import io.codeledger.app.platform.Platform;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the platform on the embedded default (or the profiles given) until stopped: HTTPS only (a
 * self-signed certificate in the data directory unless a real one is configured), JWT-authenticated.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the CodeLedger platform and its REST API.")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @Option(names = "--port", defaultValue = "8443", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--address",
            defaultValue = "${CODELEDGER_BIND_ADDRESS:-0.0.0.0}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); HTTPS only.")
    String address;

    @Option(names = "--profiles", defaultValue = "", description = "Spring profiles, e.g. postgres,production.")
    String profiles;

    @Override
    public Integer call() throws InterruptedException {
        Platform platform = Platform.start(
                data.path(),
                WebApplicationType.SERVLET,
                "server.port=" + port,
                "server.address=" + address,
                "spring.profiles.active=" + profiles);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }));
        System.err.println("CodeLedger is serving HTTPS on " + address + ":" + port + " (data: "
                + data.path().toAbsolutePath() + ")");
        stopped.await();
        return 0;
    }
}
