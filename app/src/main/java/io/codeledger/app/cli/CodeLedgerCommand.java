package io.codeledger.app.cli;

import io.codeledger.app.cli.deid.BenchDeidCommand;
import io.codeledger.app.cli.deid.DeidentifyCommand;
import io.codeledger.app.cli.deid.EvaluateDeidCommand;
import picocli.CommandLine.Command;

/** The root of the command line: every operation is a subcommand. */
@Command(
        name = "codeledger",
        mixinStandardHelpOptions = true,
        version = "CodeLedger 0.1.0",
        description = "Event-sourced, HIPAA-grade AI medical coding.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            WorklistCommand.class,
            ReplayCommand.class,
            BenchCommand.class,
            BenchQueryCommand.class,
            ShredTenantCommand.class,
            LegalHoldCommand.class,
            RotateKeysCommand.class,
            HistoryCommand.class,
            DeadLettersCommand.class,
            DeidentifyCommand.class,
            EvaluateDeidCommand.class,
            BenchDeidCommand.class,
            io.codeledger.app.cli.model.TrainCommand.class,
            io.codeledger.app.cli.model.EvaluateCommand.class,
            io.codeledger.app.cli.model.SuggestCommand.class,
            io.codeledger.app.cli.model.BenchModelCommand.class,
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
