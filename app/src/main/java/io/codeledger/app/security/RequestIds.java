package io.codeledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} if it is a plain token (letters,
 * digits, '-', at most 64), else a new UUID. It is echoed in the response, put in the log context
 * and recorded in the audit events the request causes (PHI access, logins).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "codeledger.requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Where a request came from: client address and request id. */
    public record RequestInfo(String clientIp, String requestId) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put("requestId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }

    /** The current request's address and id, if this thread serves a request. */
    public static Optional<RequestInfo> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            Object id = request.getAttribute(ATTRIBUTE);
            return Optional.of(new RequestInfo(
                    request.getRemoteAddr(), id == null ? UUID.randomUUID().toString() : id.toString()));
        }
        return Optional.empty();
    }

    /** The current request's info, or the local operator's (no address, a fresh id). */
    public static RequestInfo currentOrLocal() {
        return current().orElseGet(() -> new RequestInfo("local", "cli-" + UUID.randomUUID()));
    }
}
