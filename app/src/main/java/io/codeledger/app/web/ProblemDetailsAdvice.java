package io.codeledger.app.web;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.app.security.PhiAccessNotRecorded;
import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error at the REST edge is an RFC 9457 problem detail with a stable {@code code}. Messages
 * come from our own exceptions, which never carry PHI; parser messages (which can quote the input)
 * are replaced by a generic text.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail handle(Exception exception) {
        Throwable cause = rootDomainCause(exception);
        if (cause instanceof io.codeledger.api.security.NotFoundForCaller notFound) {
            return problem(HttpStatus.NOT_FOUND, notFound.code(), notFound.getMessage());
        }
        if (cause instanceof DomainRuleViolation violation) {
            return problem(status(violation.code()), violation.code(), violation.getMessage());
        }
        if (cause instanceof PhiAccessNotRecorded) {
            log.error("CL-AUD-001 a PHI access could not be recorded; the read failed");
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "CL-AUD-001",
                    "the access could not be recorded in the audit trail, so nothing was returned; retry later");
        }
        if (cause instanceof AuthenticationException) {
            return problem(HttpStatus.UNAUTHORIZED, "CL-AUTH-401", "authentication required");
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith("CL-PHI-003")) {
                return problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "CL-PHI-003",
                        "the key store is unavailable; nothing was written — retry later");
            }
            if (message.startsWith("CL-PHI-004")) {
                return problem(HttpStatus.UNPROCESSABLE_ENTITY, "CL-PHI-004", "this tenant's PHI keys were shredded");
            }
        }
        if (cause instanceof AggregateNotFoundException) {
            return problem(HttpStatus.NOT_FOUND, "CL-ENC-404", "no such encounter");
        }
        if (exception instanceof HttpMessageNotReadableException) {
            return problem(
                    HttpStatus.BAD_REQUEST, "CL-VAL-000", "the request body is not valid JSON of the expected shape");
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "CL-QRY-004",
                    "parameter '" + mismatch.getName() + "' has an invalid value");
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return problem(
                    HttpStatus.BAD_REQUEST, "CL-QRY-005", "parameter '" + missing.getParameterName() + "' is required");
        }
        if (exception instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || exception instanceof org.springframework.web.HttpRequestMethodNotSupportedException) {
            return problem(HttpStatus.NOT_FOUND, "CL-HTTP-404", "no such resource");
        }
        log.error(
                "CL-SYS-500 unexpected error handling a request: {}",
                exception.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "CL-SYS-500", "internal error; the incident was logged");
    }

    /** Not found (including another tenant's), unauthenticated, forbidden, malformed, or a broken rule. */
    static HttpStatus status(String code) {
        if (code.endsWith("-404")) {
            return HttpStatus.NOT_FOUND;
        }
        if (code.startsWith("CL-AUTH-00")) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (code.startsWith("CL-AUTH")) {
            return HttpStatus.FORBIDDEN;
        }
        if (code.startsWith("CL-VAL") || code.startsWith("CL-QRY")) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static Throwable rootDomainCause(Throwable t) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof DomainRuleViolation
                    || current instanceof AggregateNotFoundException
                    || current instanceof PhiAccessNotRecorded
                    || current instanceof AuthenticationException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://codeledger.io/problems/" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }
}
