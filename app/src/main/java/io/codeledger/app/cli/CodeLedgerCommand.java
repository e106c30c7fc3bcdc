package io.codeledger.app.cli;

import picocli.CommandLine.Command;

/** The root of the command line: every operation is a subcommand. */
@Command(
        name = "codeledger",
        mixinStandardHelpOptions = true,
        version = "CodeLedger 0.1.0",
        description = "Event-sourced, HIPAA-grade AI medical coding.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            WorklistCommand.class,
            ReplayCommand.class,
            BenchCommand.class,
            ShredTenantCommand.class,
            LegalHoldCommand.class,
            RotateKeysCommand.class,
            UserCommand.class,
            AccessReviewCommand.class
        })
public class CodeLedgerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
