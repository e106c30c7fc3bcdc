package io.codeledger.codeset;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The code set bundled with CodeLedger: CMS ICD-10-CM FY2026 and ICD-10-PCS FY2026 code tables,
 * plus the ICD-10-CM tabular list (FY2021 XML) for headers, inclusion terms and Excludes1 notes.
 * Loading takes about a second; share one instance (see {@link #load()}).
 */
public final class BundledCodeSet implements CodeSet {

    static final String VERSION_ID = "ICD10CM-FY2026+ICD10PCS-FY2026";
    private static final String CM_TABLE = "/icd10/icd10cm-codes-2026.txt.gz";
    private static final String PCS_TABLE = "/icd10/icd10pcs-codes-2026.txt.gz";
    private static final String CM_TABULAR = "/icd10/icd10cm-tabular-2021.xml.gz";

    private static volatile BundledCodeSet shared;

    private final Map<CodeSystem, Map<String, CodeEntry>> byBareCode;
    private final Excludes1Index excludes1;
    private final DescriptionIndex descriptions;
    private final List<CodeEntry> entries;

    private BundledCodeSet(Map<CodeSystem, Map<String, CodeEntry>> byBareCode, Excludes1Index excludes1) {
        this.byBareCode = byBareCode;
        this.excludes1 = excludes1;
        List<CodeEntry> all = new ArrayList<>();
        byBareCode.values().forEach(m -> all.addAll(m.values()));
        this.entries = Collections.unmodifiableList(all);
        this.descriptions = new DescriptionIndex(entries);
    }

    /** The process-wide instance, loaded on first use. */
    public static BundledCodeSet load() {
        BundledCodeSet local = shared;
        if (local == null) {
            synchronized (BundledCodeSet.class) {
                local = shared;
                if (local == null) {
                    local = loadFresh();
                    shared = local;
                }
            }
        }
        return local;
    }

    private static BundledCodeSet loadFresh() {
        TabularList tabular = TabularList.parse(open(CM_TABULAR));
        Map<String, CodeEntry> cm = new LinkedHashMap<>();
        Map<String, String> cmLeaves = readTable(CM_TABLE);
        cmLeaves.forEach((bare, description) -> {
            for (int len = 3; len < bare.length(); len++) {
                String prefix = bare.substring(0, len);
                if (!cmLeaves.containsKey(prefix) && !cm.containsKey(prefix)) {
                    cm.put(prefix, entry(CodeSystem.ICD10CM, prefix, tabular.description(prefix), false, tabular));
                }
            }
            cm.put(bare, entry(CodeSystem.ICD10CM, bare, description, true, tabular));
        });
        Map<String, CodeEntry> pcs = new LinkedHashMap<>();
        readTable(PCS_TABLE)
                .forEach((bare, description) -> pcs.put(
                        bare, new CodeEntry(new IcdCode(CodeSystem.ICD10PCS, bare), description, true, List.of())));
        Map<CodeSystem, Map<String, CodeEntry>> bySystem = new EnumMap<>(CodeSystem.class);
        bySystem.put(CodeSystem.ICD10CM, Collections.unmodifiableMap(cm));
        bySystem.put(CodeSystem.ICD10PCS, Collections.unmodifiableMap(pcs));
        return new BundledCodeSet(bySystem, tabular.excludes1());
    }

    private static CodeEntry entry(
            CodeSystem system, String bare, String description, boolean billable, TabularList tabular) {
        return new CodeEntry(
                new IcdCode(system, bare),
                description == null ? "" : description,
                billable,
                tabular.inclusionTerms(bare));
    }

    private static Map<String, String> readTable(String resource) {
        Map<String, String> codes = new LinkedHashMap<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    codes.put(line.substring(0, space), line.substring(space).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled code table " + resource, e);
        }
        return codes;
    }

    private static InputStream open(String resource) {
        InputStream in = BundledCodeSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled code table missing from the classpath: " + resource);
        }
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open bundled code table " + resource, e);
        }
    }

    @Override
    public String versionId() {
        return VERSION_ID;
    }

    @Override
    public Optional<CodeEntry> lookup(IcdCode code) {
        return Optional.ofNullable(byBareCode.get(code.system()).get(bare(code)));
    }

    @Override
    public List<CodeEntry> search(String text, int limit) {
        return descriptions.search(text, limit);
    }

    @Override
    public Optional<Excludes1Conflict> excludes1Conflict(IcdCode a, IcdCode b) {
        if (a.system() != CodeSystem.ICD10CM || b.system() != CodeSystem.ICD10CM || a.equals(b)) {
            return Optional.empty();
        }
        return excludes1.conflict(a, b).or(() -> excludes1.conflict(b, a));
    }

    @Override
    public List<CodeEntry> entries() {
        return entries;
    }

    static String bare(IcdCode code) {
        return code.value().replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** Counts per system, for logs and the version endpoint. */
    public Map<CodeSystem, Integer> sizes() {
        Map<CodeSystem, Integer> sizes = new HashMap<>();
        byBareCode.forEach((system, codes) -> sizes.put(system, codes.size()));
        return sizes;
    }
}
