package io.codeledger.infra.deid.batch;

import io.codeledger.infra.deid.DeidOptions;
import io.codeledger.infra.deid.DeidResult;
import io.codeledger.infra.deid.Deidentifier;
import io.codeledger.infra.deid.PhiCategory;
import io.codeledger.infra.deid.PhiSpan;
import io.codeledger.infra.deid.SweepFinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * De-identifies every {@code *.txt} file under an input folder (recursively) into an output folder:
 * a clean record {@code X.txt} becomes {@code out/X.txt} plus {@code out/X.spans.jsonl}; a record the
 * second-pass sweep rejects gets NO text in the output, only {@code out/rejected/X.spans.jsonl} and
 * {@code out/rejected/X.findings.jsonl} (category and offset), and is listed in
 * {@code out/rejected.jsonl}. Files stream one at a time, so thousands of files need no more memory
 * than the largest one.
 */
public final class DeidBatch {

    /** Folder, under the output folder, for rejected records' spans and findings. */
    public static final String REJECTED_DIR = "rejected";

    private final Deidentifier engine;
    private final DeidOptions options;

    public DeidBatch(Deidentifier engine, DeidOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /** Runs over {@code in} with {@code threads} workers; {@code progress} receives the count done so far. */
    public BatchReport run(Path in, Path out, int threads, IntConsumer progress) throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(in)) {
            inputs = files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt"))
                    .filter(p -> !p.startsWith(out))
                    .sorted()
                    .toList();
        }
        Files.createDirectories(out);
        long started = System.nanoTime();
        Map<String, List<SweepFinding>> rejected = new TreeMap<>();
        Map<String, String> failed = new TreeMap<>();
        Map<PhiCategory, Long> counts = new EnumMap<>(PhiCategory.class);
        AtomicInteger done = new AtomicInteger();
        long[] bytes = {0};
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : inputs) {
                futures.add(pool.submit(() -> {
                    Outcome o = one(in, out, file);
                    progress.accept(done.incrementAndGet());
                    return o;
                }));
            }
            for (Future<Outcome> f : futures) {
                Outcome o = get(f);
                bytes[0] += o.bytes();
                if (o.error() != null) {
                    failed.put(o.name(), o.error());
                    continue;
                }
                o.result().spans().forEach(s -> counts.merge(s.type(), 1L, Long::sum));
                if (o.result().rejected()) {
                    rejected.put(o.name(), o.result().rejections());
                }
            }
        } finally {
            pool.shutdown();
        }
        writeRejectedList(out, rejected);
        int clean = inputs.size() - rejected.size() - failed.size();
        return new BatchReport(inputs.size(), clean, rejected, failed, counts, bytes[0], System.nanoTime() - started);
    }

    private record Outcome(String name, DeidResult result, String error, long bytes) {}

    private Outcome one(Path in, Path out, Path file) throws IOException {
        String name = in.relativize(file).toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Outcome(name, null, "CL-DEID-300: not valid UTF-8", Files.size(file));
        }
        DeidResult result = engine.deidentify(text, options);
        String base = name.substring(0, name.length() - ".txt".length());
        if (result.rejected()) {
            Path dir = out.resolve(REJECTED_DIR);
            write(dir.resolve(base + ".spans.jsonl"), spansJson(result.spans()));
            write(dir.resolve(base + ".findings.jsonl"), findingsJson(result.rejections()));
        } else {
            write(out.resolve(name), result.text());
            write(out.resolve(base + ".spans.jsonl"), spansJson(result.spans()));
        }
        return new Outcome(name, result, null, text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static Outcome get(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("CL-DEID-301: interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("CL-DEID-302: de-identification failed", e.getCause());
        }
    }

    private static void writeRejectedList(Path out, Map<String, List<SweepFinding>> rejected) throws IOException {
        StringBuilder sb = new StringBuilder();
        rejected.forEach((name, findings) -> {
            sb.append("{\"file\": \"")
                    .append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\", \"findings\": [");
            for (int i = 0; i < findings.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(findings.get(i).toJson());
            }
            sb.append("]}\n");
        });
        write(out.resolve("rejected.jsonl"), sb.toString());
    }

    /** One JSON object per line, {@code {"start": .., "end": .., "type": ..}}. */
    public static String spansJson(List<PhiSpan> spans) {
        StringBuilder sb = new StringBuilder(spans.size() * 48);
        spans.forEach(s -> sb.append(s.toJson()).append('\n'));
        return sb.toString();
    }

    private static String findingsJson(List<SweepFinding> findings) {
        StringBuilder sb = new StringBuilder();
        findings.forEach(f -> sb.append(f.toJson()).append('\n'));
        return sb.toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
