package io.codeledger.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.query.EncounterDetails;
import io.codeledger.api.query.FindEncounter;
import io.codeledger.api.query.FindWorklist;
import io.codeledger.api.query.SuggestionEntry;
import io.codeledger.api.query.WorklistFilter;
import io.codeledger.api.query.WorklistItem;
import io.codeledger.api.query.WorklistPage;
import io.codeledger.app.platform.EncounterImporter;
import io.codeledger.app.platform.Platform;
import io.codeledger.app.platform.ProjectionSync;
import io.codeledger.command.intake.EncounterRegistration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;

/**
 * The whole coding flow on a temporary embedded stack with synthetic encounters: import, model
 * suggestions, claim, accept, reject with a reason, add a code, submit, approve by another user.
 * Exits 0 only if every step worked.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the whole coding flow on a temporary embedded stack with synthetic data.")
class DemoCommand implements Callable<Integer> {

    private static final String SAMPLE = "/demo/encounters.ndjson";
    private static final TenantId TENANT = TenantId.of("demo");
    private static final UserId CODER = UserId.of("demo-coder");
    private static final UserId SUPERVISOR = UserId.of("demo-supervisor");
    private static final List<String> CANDIDATE_ADDITIONS = List.of("Z87.891", "Z79.899", "Z91.19");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("codeledger-demo-");
        try (Platform platform = Platform.start(dir, "codeledger.console-log-level=WARN")) {
            return run(platform) ? 0 : 1;
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private boolean run(Platform platform) throws Exception {
        CommandGateway commands = platform.bean(CommandGateway.class);
        List<EncounterRegistration> samples = samples(platform.bean(ObjectMapper.class));
        EncounterImporter.Report report;
        try (BufferedReader reader = sampleReader()) {
            report = platform.bean(EncounterImporter.class)
                    .importLines(reader, TENANT, UserId.of("demo-ehr-feed"), n -> {});
        }
        step("imported " + report.registered() + " synthetic encounters", report.registered() == samples.size());

        // The coding workflow asks the model for every attached document and records its suggestions.
        ProjectionSync sync = platform.bean(ProjectionSync.class);
        QueryGateway queries = platform.bean(QueryGateway.class);
        sync.awaitSettled(Duration.ofMinutes(2));
        for (EncounterRegistration sample : samples) {
            List<SuggestionEntry> suggested =
                    view(queries, EncounterId.of(sample.encounterId())).suggestions();
            step(sample.encounterId() + ": the coding workflow recorded " + describe(suggested), !suggested.isEmpty());
        }

        EncounterId encounter = EncounterId.of(samples.get(0).encounterId());
        List<SuggestionEntry> diagnoses = view(queries, encounter).suggestions().stream()
                .filter(x -> x.code().system() == CodeSystem.ICD10CM)
                .sorted(java.util.Comparator.comparingDouble(SuggestionEntry::confidence)
                        .reversed())
                .toList();
        step("at least two diagnosis suggestions to work with", diagnoses.size() >= 2);
        SuggestionEntry top = diagnoses.get(0);
        step(
                "evidence for " + top.code() + ": \""
                        + top.evidence().get(0).quote().value() + "\"",
                !top.evidence().isEmpty());
        commands.sendAndWait(new ClaimEncounter(TENANT, encounter, CODER, "demo-claim"));
        step(CODER + " claimed " + encounter, true);
        IcdCode accepted = diagnoses.get(0).code();
        commands.sendAndWait(new AcceptCodeSuggestion(TENANT, encounter, accepted, CODER, "demo-accept"));
        step(
                "accepted " + accepted + " (confidence "
                        + String.format("%.2f", diagnoses.get(0).confidence()) + ")",
                true);
        IcdCode rejected = diagnoses.get(1).code();
        commands.sendAndWait(new RejectCodeSuggestion(
                TENANT,
                encounter,
                rejected,
                RejectionReason.NOT_SUPPORTED_BY_DOCUMENTATION,
                FreeText.of("not supported by the documentation"),
                CODER,
                "demo-reject"));
        step("rejected " + rejected + " with a reason", true);
        IcdCode added = CANDIDATE_ADDITIONS.stream()
                .map(IcdCode::cm)
                .filter(code -> view(queries, encounter).suggestions().stream()
                        .noneMatch(d -> d.code().equals(code)))
                .findFirst()
                .orElseThrow();
        commands.sendAndWait(
                new AddCode(TENANT, encounter, added, FreeText.of("documented in the history"), CODER, "demo-add"));
        step("added " + added + " manually with a reason", true);
        commands.sendAndWait(new SetPrincipalDiagnosis(TENANT, encounter, accepted, CODER, "demo-principal"));
        commands.sendAndWait(new SubmitCoding(TENANT, encounter, CODER, "demo-submit"));
        step("set principal diagnosis " + accepted + " and submitted", true);
        commands.sendAndWait(new ApproveCoding(TENANT, encounter, SUPERVISOR, "demo-approve"));
        step(SUPERVISOR + " approved the coding", true);

        sync.awaitSettled(Duration.ofSeconds(60));
        WorklistPage page = queries.query(new FindWorklist(TENANT, WorklistFilter.all(), null, 50), WorklistPage.class)
                .join();
        WorklistItem item = page.items().stream()
                .filter(i -> i.encounterId().equals(encounter))
                .findFirst()
                .orElseThrow();
        step("worklist shows " + encounter + " as " + item.status(), item.status() == EncounterStatus.APPROVED);
        System.out.println("demo complete: every step worked");
        return true;
    }

    private static String describe(List<SuggestionEntry> suggestions) {
        return suggestions.stream()
                .limit(5)
                .map(s -> s.code() + String.format(" %.2f", s.confidence()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }

    private static EncounterDetails view(QueryGateway queries, EncounterId encounter) {
        return queries.query(
                        new FindEncounter(TENANT, encounter), ResponseTypes.optionalInstanceOf(EncounterDetails.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("CL-DEMO-003: encounter " + encounter + " not found"));
    }

    private static void step(String what, boolean ok) {
        System.out.println((ok ? "  ok   " : "  FAIL ") + what);
        if (!ok) {
            throw new IllegalStateException("CL-DEMO-001: demo step failed: " + what);
        }
    }

    private static BufferedReader sampleReader() {
        return new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoCommand.class.getResourceAsStream(SAMPLE)), StandardCharsets.UTF_8));
    }

    private static List<EncounterRegistration> samples(ObjectMapper json) throws Exception {
        try (BufferedReader reader = sampleReader()) {
            return reader.lines()
                    .filter(l -> !l.isBlank())
                    .map(l -> read(json, l))
                    .toList();
        }
    }

    private static EncounterRegistration read(ObjectMapper json, String line) {
        try {
            return json.readValue(line, EncounterRegistration.class);
        } catch (Exception e) {
            throw new IllegalStateException("CL-DEMO-002: bundled demo data is unreadable", e);
        }
    }
}
