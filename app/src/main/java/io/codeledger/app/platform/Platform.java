package io.codeledger.app.platform;

import io.codeledger.app.CodeLedgerApplication;
import io.codeledger.app.security.OperatorMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the platform (event store, command and query buses, projections, read-model store) for a
 * command-line operation on one data directory, and shuts it down cleanly afterwards.
 */
public final class Platform implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Platform(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The platform without a web server, for CLI operations. */
    public static Platform start(Path dataDir, String... extraProperties) {
        return start(dataDir, WebApplicationType.NONE, extraProperties);
    }

    public static Platform start(Path dataDir, WebApplicationType web, String... extraProperties) {
        return start(dataDir, web, List.of(), extraProperties);
    }

    /** The platform with extra context initializers (benchmarks use them to vary one component). */
    public static Platform start(
            Path dataDir,
            WebApplicationType web,
            List<ApplicationContextInitializer<?>> initializers,
            String... extraProperties) {
        List<String> properties = new ArrayList<>();
        properties.add("codeledger.data-dir=" + dataDir.toAbsolutePath().normalize());
        if (web == WebApplicationType.NONE) {
            // A CLI operation: its commands and queries run as the trusted local operator.
            properties.add(OperatorMode.PROPERTY + "=" + OperatorMode.current().value());
        }
        properties.addAll(List.of(extraProperties));
        // Passed as command-line arguments: they must win over application.yml and its profiles.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CodeLedgerApplication.class)
                .web(web)
                .initializers(initializers.toArray(ApplicationContextInitializer[]::new))
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        return new Platform(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        if (context.isActive()) {
            SpringApplication.exit(context);
        }
    }
}
