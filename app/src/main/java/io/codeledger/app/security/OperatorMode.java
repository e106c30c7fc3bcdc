package io.codeledger.app.security;

import io.codeledger.api.common.UserId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Whether this process is a command-line operation run by a trusted local operator: the platform
 * sets {@code codeledger.operator} to {@code cli:<os user>} for CLI commands only. A process with a
 * web server is never in operator mode (it refuses to start with the property set), so nothing a
 * REST request does can be mistaken for the operator.
 */
@Component
public class OperatorMode {

    public static final String PROPERTY = "codeledger.operator";

    private final UserId operator;

    OperatorMode(@Value("${" + PROPERTY + ":}") String operator, ApplicationContext context) {
        if (!operator.isBlank() && context instanceof WebServerApplicationContext) {
            throw new IllegalStateException(
                    "CL-AUTH-030: " + PROPERTY + " is for command-line operations only, never for a server");
        }
        this.operator = operator.isBlank() ? null : UserId.of(operator);
    }

    /** The operator, when this process is a CLI operation. */
    public Optional<UserId> operator() {
        return Optional.ofNullable(operator);
    }

    /** The operator running this JVM, as recorded in events: {@code cli:<os user>}. */
    public static UserId current() {
        String name = System.getProperty("user.name", "unknown")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._@-]", "-");
        return UserId.of("cli:" + (name.isEmpty() ? "unknown" : name));
    }
}
