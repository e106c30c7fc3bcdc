package io.codeledger.app.web;

import io.codeledger.api.security.Caller;
import io.codeledger.app.security.Callers;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies the {@link Caller} parameter of REST handlers from the validated access token: tenant,
 * user and roles come only from the token's signed claims, never from headers, parameters or the
 * body. Without an authenticated caller the request fails (Spring Security refuses it first).
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
        return Callers.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated caller"));
    }
}
