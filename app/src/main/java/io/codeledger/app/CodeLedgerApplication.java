package io.codeledger.app;

import io.codeledger.app.cli.CodeLedgerCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/**
 * The one deployable jar. {@code main} is the command line; commands that need the platform start
 * this Spring Boot application with the profile and data directory they were given.
 */
@SpringBootApplication(scanBasePackages = "io.codeledger")
public class CodeLedgerApplication {

    public static void main(String[] args) {
        // A HIPAA product makes no undeclared outbound calls: switch off Axon's update checker.
        System.setProperty("axoniq.update-checker.disabled", "true");
        int exit = new CommandLine(new CodeLedgerCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(CodeLedgerApplication::reportFailure)
                .execute(args);
        System.exit(exit);
    }

    /**
     * A failed command prints one line naming the cause (our messages carry stable codes and no
     * PHI); the stack trace goes to the log file only.
     */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        org.slf4j.LoggerFactory.getLogger(CodeLedgerApplication.class).debug("command failed", e);
        cmd.getErr().println("error: " + root.getMessage());
        return 2;
    }
}
