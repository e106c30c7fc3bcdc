package io.codeledger.model.corpus;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a CodiEsp-style split: {@code text_files_en/*.txt} plus {@code <split>D.tsv} (diagnoses)
 * and {@code <split>P.tsv} (procedures), each line {@code docId<TAB>code}. Codes are normalised
 * (case, dots) into {@link IcdCode}s. Documents come back sorted by id, so every consumer sees the
 * same order.
 */
public final class CodiespCorpus {

    private CodiespCorpus() {}

    /**
     * The split directory for {@code dir}: {@code dir} itself when it holds {@code text_files_en},
     * else {@code dir/split}.
     */
    public static Path splitDirectory(Path dir, String split) {
        return Files.isDirectory(dir.resolve("text_files_en")) ? dir : dir.resolve(split);
    }

    /** Reads the split {@code split} under (or at) {@code dir}. */
    public static List<CorpusDocument> read(Path dir, String split) {
        Path splitDir = splitDirectory(dir, split);
        Path texts = splitDir.resolve("text_files_en");
        if (!Files.isDirectory(texts)) {
            throw new IllegalArgumentException("not a CodiEsp split directory (no text_files_en): " + splitDir);
        }
        String name = splitName(splitDir, split);
        Map<String, Set<IcdCode>> diagnoses = readCodes(splitDir.resolve(name + "D.tsv"), CodeSystem.ICD10CM);
        Map<String, Set<IcdCode>> procedures = readCodes(splitDir.resolve(name + "P.tsv"), CodeSystem.ICD10PCS);
        List<CorpusDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                documents.add(new CorpusDocument(
                        id, text, diagnoses.getOrDefault(id, Set.of()), procedures.getOrDefault(id, Set.of())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus texts under " + texts, e);
        }
        return documents;
    }

    private static String splitName(Path splitDir, String split) {
        if (Files.exists(splitDir.resolve(split + "D.tsv"))) {
            return split;
        }
        try (Stream<Path> files = Files.list(splitDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith("D.tsv"))
                    .map(f -> f.substring(0, f.length() - "D.tsv".length()))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no <split>D.tsv in " + splitDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + splitDir, e);
        }
    }

    private static Map<String, Set<IcdCode>> readCodes(Path tsv, CodeSystem system) {
        Map<String, Set<IcdCode>> codes = new HashMap<>();
        if (!Files.exists(tsv)) {
            return codes;
        }
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !cols[1].isBlank()) {
                    codes.computeIfAbsent(cols[0].strip(), k -> new HashSet<>()).add(new IcdCode(system, cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return codes;
    }
}
