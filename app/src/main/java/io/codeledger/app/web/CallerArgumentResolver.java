package io.codeledger.app.web;

import io.codeledger.api.common.DomainRuleViolation;
import io.codeledger.api.common.TenantId;
import io.codeledger.api.common.UserId;
import io.codeledger.api.security.Caller;
import io.codeledger.api.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies the {@link Caller} parameter of REST handlers. Development identity only: the tenant
 * and user come from the {@code X-Tenant-Id} and {@code X-User-Id} headers, which is why {@code
 * serve} binds to loopback until token authentication is configured.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String tenant = request.getHeader("X-Tenant-Id");
        String user = request.getHeader("X-User-Id");
        if (tenant == null || user == null) {
            throw new DomainRuleViolation("CL-VAL-004", "X-Tenant-Id and X-User-Id headers are required");
        }
        Set<Role> roles = EnumSet.allOf(Role.class);
        return new Caller(TenantId.of(tenant), UserId.of(user), roles);
    }
}
