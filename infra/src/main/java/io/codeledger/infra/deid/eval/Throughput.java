package io.codeledger.infra.deid.eval;

import io.codeledger.infra.deid.DeidOptions;
import io.codeledger.infra.deid.Deidentifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The benchmark: MB of note text de-identified per second on one thread (full pipeline:
 * detection, redaction and the second-pass sweep). Warms the JIT up on the same corpus first.
 */
public final class Throughput {

    private Throughput() {}

    /** Result of one measurement. */
    public record Measurement(long bytes, long nanos, long cpuNanos, int documents) {

        /** Wall-clock throughput: lower than {@link #cpuMegabytesPerSecond()} when other processes share the core. */
        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        /** Throughput per second of CPU time of the measuring thread: the figure for "one core". */
        public double cpuMegabytesPerSecond() {
            return cpuNanos <= 0 ? megabytesPerSecond() : bytes / 1e6 / (cpuNanos / 1e9);
        }
    }

    /** Measures over {@code notes}, repeated until at least {@code minBytes} have been processed. */
    public static Measurement measure(Deidentifier engine, List<String> notes, long minBytes) {
        long corpus = notes.stream()
                .mapToLong(n -> n.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        if (corpus == 0) {
            throw new IllegalArgumentException("CL-DEID-400: empty benchmark corpus");
        }
        run(engine, notes, Math.max(corpus, minBytes / 4));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long[] done = run(engine, notes, minBytes);
        long wall = System.nanoTime() - start;
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        return new Measurement(done[0], wall, cpu, (int) done[1]);
    }

    private static long[] run(Deidentifier engine, List<String> notes, long minBytes) {
        long bytes = 0;
        long docs = 0;
        int sink = 0;
        while (bytes < minBytes) {
            for (String note : notes) {
                sink += engine.deidentify(note, DeidOptions.redact()).text().length();
                bytes += note.getBytes(StandardCharsets.UTF_8).length;
                docs++;
            }
        }
        return new long[] {bytes + (sink == -1 ? 1 : 0), docs};
    }
}
