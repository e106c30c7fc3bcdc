package io.codeledger.app.cli.deid;

import io.codeledger.infra.deid.DeidOptions;
import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.OutputMode;
import io.codeledger.infra.deid.batch.BatchReport;
import io.codeledger.infra.deid.batch.DeidBatch;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deidentify --in DIR --out DIR}: de-identifies every {@code *.txt} under the input folder.
 * Clean records are written as {@code X.txt} and {@code X.spans.jsonl}; records the second-pass
 * sweep rejects are NOT written as text, only listed (category and offset) on stdout, in
 * {@code rejected.jsonl} and under {@code rejected/}. Exit code 3 when any record was rejected or
 * unreadable. Plain Java: no Spring context is started.
 */
@Command(
        name = "deidentify",
        mixinStandardHelpOptions = true,
        description = "De-identify clinical notes (HIPAA Safe Harbor): every *.txt under --in to --out.")
public class DeidentifyCommand implements Callable<Integer> {

    /** Exit code when at least one record was rejected by the sweep or could not be read. */
    public static final int EXIT_REJECTED = 3;

    @Option(names = "--in", required = true, description = "Folder of notes (*.txt, UTF-8), read recursively.")
    Path in;

    @Option(names = "--out", required = true, description = "Output folder (created if missing).")
    Path out;

    @Option(
            names = "--mode",
            defaultValue = "REDACT",
            description = "REDACT (category tags such as [NAME]) or SURROGATE (consistent fake values).")
    OutputMode mode;

    @Option(
            names = "--date-shift-days",
            description = "Shift dates by this many days instead of tagging them (keeps intervals).")
    Integer dateShiftDays;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for surrogates (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (!Files.isDirectory(in)) {
            err.println("CL-DEID-500: --in must be an existing folder");
            return 2;
        }
        DeidOptions options = new DeidOptions(
                mode, dateShiftDays == null ? OptionalInt.empty() : OptionalInt.of(dateShiftDays), seed);
        err.println("loading dictionaries ...");
        DeidBatch batch = new DeidBatch(new Deidentifier(), options);
        BatchReport report = batch.run(in, out, threads, done -> {
            if (done % 500 == 0) {
                err.println("  " + done + " files done");
            }
        });
        print(report, System.out);
        return report.allClean() ? 0 : EXIT_REJECTED;
    }

    static void print(BatchReport r, PrintStream out) {
        double seconds = r.nanos() / 1e9;
        out.printf(
                Locale.ROOT,
                "files: %d  clean: %d  rejected: %d  unreadable: %d  (%.1f MB in %.1f s)%n",
                r.files(),
                r.clean(),
                r.rejected().size(),
                r.failed().size(),
                r.bytes() / 1e6,
                seconds);
        out.println("identifiers found, by category:");
        r.spansByCategory().forEach((c, n) -> out.printf(Locale.ROOT, "  %-12s %8d%n", c, n));
        r.rejected().forEach((file, findings) -> {
            StringBuilder sb = new StringBuilder("REJECTED ").append(file).append(':');
            findings.forEach(
                    f -> sb.append(' ').append(f.category()).append('@').append(f.offset()));
            out.println(sb);
        });
        r.failed().forEach((file, why) -> out.println("UNREADABLE " + file + ": " + why));
    }
}
