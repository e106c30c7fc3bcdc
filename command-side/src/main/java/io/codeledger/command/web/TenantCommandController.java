package io.codeledger.command.web;

import io.codeledger.api.security.Caller;
import io.codeledger.api.tenant.ConfigureTenant;
import io.codeledger.api.tenant.TenantSettings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenant settings over REST: always the caller's own tenant. */
@RestController
@RequestMapping("/api/tenant")
class TenantCommandController {

    private final CommandGateway commands;

    TenantCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/settings")
    ResponseEntity<Void> configure(Caller caller, @RequestBody TenantSettings settings) {
        commands.sendAndWait(new ConfigureTenant(caller.tenantId(), settings, caller.userId()));
        return ResponseEntity.noContent().build();
    }
}
