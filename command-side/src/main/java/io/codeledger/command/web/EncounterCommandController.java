package io.codeledger.command.web;

import io.codeledger.api.coding.CodeSystem;
import io.codeledger.api.coding.IcdCode;
import io.codeledger.api.common.EncounterId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.encounter.*;
import io.codeledger.api.phi.FreeText;
import io.codeledger.api.security.Caller;
import io.codeledger.command.encounter.RegistrationOutcome;
import io.codeledger.command.intake.EncounterRegistration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The encounter commands over REST. The tenant and the acting user always come from the
 * authenticated caller, never from the body; {@code Idempotency-Key} makes a retried request safe.
 */
@RestController
@RequestMapping("/api/encounters")
class EncounterCommandController {

    private static final String KEY = "Idempotency-Key";

    private final CommandGateway commands;

    EncounterCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> register(
            Caller caller,
            @RequestBody EncounterRegistration body,
            @RequestHeader(value = KEY, required = false) String key) {
        RegistrationOutcome outcome = commands.sendAndWait(body.toCommand(caller.tenantId(), caller.userId(), key));
        HttpStatus status = outcome == RegistrationOutcome.REGISTERED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(Map.of("encounterId", body.encounterId(), "outcome", outcome.name()));
    }

    @PostMapping("/{encounterId}/documents")
    ResponseEntity<Void> attach(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody EncounterRegistration.Document body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new AttachClinicalDocument(
                c.tenantId(), id(encounterId), EncounterRegistration.toDocument(body, "document"), c.userId(), key));
    }

    /** Suggestions from an external model; the platform's own model records them through the coding saga. */
    @PostMapping("/{encounterId}/suggestions")
    ResponseEntity<Void> suggestions(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody SuggestionsBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new RecordCodeSuggestions(
                c.tenantId(),
                id(encounterId),
                body.suggestions(),
                body.modelHash(),
                body.codeSetVersion(),
                c.userId(),
                key));
    }

    @PostMapping("/{encounterId}/claim")
    ResponseEntity<Void> claim(
            Caller c, @PathVariable String encounterId, @RequestHeader(value = KEY, required = false) String key) {
        return send(new ClaimEncounter(c.tenantId(), id(encounterId), c.userId(), key));
    }

    @PostMapping("/{encounterId}/assign")
    ResponseEntity<Void> assign(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody AssignBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new AssignEncounter(c.tenantId(), id(encounterId), UserId.of(body.assignee()), c.userId(), key));
    }

    @PostMapping("/{encounterId}/codes/{code}/accept")
    ResponseEntity<Void> accept(
            Caller c,
            @PathVariable String encounterId,
            @PathVariable String code,
            @RequestHeader(value = KEY, required = false) String key,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "ICD10CM") CodeSystem system) {
        return send(
                new AcceptCodeSuggestion(c.tenantId(), id(encounterId), new IcdCode(system, code), c.userId(), key));
    }

    @PostMapping("/{encounterId}/codes/{code}/reject")
    ResponseEntity<Void> reject(
            Caller c,
            @PathVariable String encounterId,
            @PathVariable String code,
            @RequestBody RejectBody body,
            @RequestHeader(value = KEY, required = false) String key,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "ICD10CM") CodeSystem system) {
        return send(new RejectCodeSuggestion(
                c.tenantId(),
                id(encounterId),
                new IcdCode(system, code),
                body.reasonCode(),
                body.text(),
                c.userId(),
                key));
    }

    @PostMapping("/{encounterId}/codes")
    ResponseEntity<Void> add(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody AddCodeBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new AddCode(c.tenantId(), id(encounterId), body.icd(), body.reasonText(), c.userId(), key));
    }

    @DeleteMapping("/{encounterId}/codes/{code}")
    ResponseEntity<Void> remove(
            Caller c,
            @PathVariable String encounterId,
            @PathVariable String code,
            @RequestHeader(value = KEY, required = false) String key,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "ICD10CM") CodeSystem system) {
        return send(new RemoveCode(c.tenantId(), id(encounterId), new IcdCode(system, code), null, c.userId(), key));
    }

    @PutMapping("/{encounterId}/principal-diagnosis")
    ResponseEntity<Void> principal(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody CodeBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new SetPrincipalDiagnosis(c.tenantId(), id(encounterId), IcdCode.cm(body.code()), c.userId(), key));
    }

    @PutMapping("/{encounterId}/sequence")
    ResponseEntity<Void> sequence(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody List<IcdCode> order,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new SequenceCodes(c.tenantId(), id(encounterId), order, c.userId(), key));
    }

    @PostMapping("/{encounterId}/submit")
    ResponseEntity<Void> submit(
            Caller c, @PathVariable String encounterId, @RequestHeader(value = KEY, required = false) String key) {
        return send(new SubmitCoding(c.tenantId(), id(encounterId), c.userId(), key));
    }

    @PostMapping("/{encounterId}/approve")
    ResponseEntity<Void> approve(
            Caller c, @PathVariable String encounterId, @RequestHeader(value = KEY, required = false) String key) {
        return send(new ApproveCoding(c.tenantId(), id(encounterId), c.userId(), key));
    }

    @PostMapping("/{encounterId}/return")
    ResponseEntity<Void> returnCoding(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody ReasonBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new ReturnCoding(c.tenantId(), id(encounterId), body.text(), c.userId(), key));
    }

    @PostMapping("/{encounterId}/reopen")
    ResponseEntity<Void> reopen(
            Caller c,
            @PathVariable String encounterId,
            @RequestBody ReasonBody body,
            @RequestHeader(value = KEY, required = false) String key) {
        return send(new ReopenEncounter(c.tenantId(), id(encounterId), body.text(), c.userId(), key));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    private static EncounterId id(String encounterId) {
        return EncounterId.of(encounterId);
    }

    record SuggestionsBody(List<CodeSuggestion> suggestions, String modelHash, String codeSetVersion) {}

    record AssignBody(String assignee) {}

    record RejectBody(RejectionReason reasonCode, String reason) {
        FreeText text() {
            return reason == null ? null : FreeText.of(reason);
        }
    }

    record ReasonBody(String reason) {
        FreeText text() {
            return reason == null ? null : FreeText.of(reason);
        }
    }

    record CodeBody(String code) {}

    record AddCodeBody(CodeSystem system, String code, String reason) {
        IcdCode icd() {
            return new IcdCode(system == null ? CodeSystem.ICD10CM : system, code == null ? "" : code);
        }

        FreeText reasonText() {
            return reason == null ? null : FreeText.of(reason);
        }
    }
}
