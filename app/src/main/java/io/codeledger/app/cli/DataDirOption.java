package io.codeledger.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every platform command shares. */
public class DataDirOption {

    @Option(names = "--data-dir", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    public Path path() {
        return dataDir;
    }
}
