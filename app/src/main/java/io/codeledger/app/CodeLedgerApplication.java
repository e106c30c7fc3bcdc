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
        int exit = new CommandLine(new CodeLedgerCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(exit);
    }
}
