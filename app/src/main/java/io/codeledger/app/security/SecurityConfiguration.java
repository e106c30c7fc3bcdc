package io.codeledger.app.security;

import static io.codeledger.api.security.Role.ADMIN;
import static io.codeledger.api.security.Role.AUDITOR;
import static io.codeledger.api.security.Role.CODER;
import static io.codeledger.api.security.Role.INTEGRATION_SERVICE;
import static io.codeledger.api.security.Role.SUPERVISOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.codeledger.infra.identity.AuthSessions;
import io.codeledger.infra.security.SecurityProperties;
import io.codeledger.infra.security.jwt.AccessTokens;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The REST edge: stateless bearer-token authentication with Spring Security's resource server (our
 * own ES256 keys, see {@link AccessTokens}), coarse role rules per path (the Axon interceptor
 * checks every command and query precisely behind them), and the security headers: HSTS, a
 * deny-all content security policy, no framing, no sniffing, no referrer, no caching.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    JwtDecoder jwtDecoder(AccessTokens tokens, AuthSessions sessions, SecurityProperties properties) {
        return tokens.decoder(new ActiveSessionValidator(sessions, properties, Clock.systemUTC()));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ObjectMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(AccessTokens.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        String[] phiReaders = {CODER.name(), SUPERVISOR.name(), AUDITOR.name()};
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens in headers only; no cookies to ride
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(h -> h.httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "interest-cohort=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.POST, "/api/auth/login", "/api/auth/refresh", "/api/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/jwks", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/worklist", "/api/encounters/**")
                        .hasAnyRole(phiReaders)
                        .requestMatchers("/api/encounters", "/api/encounters/**")
                        .hasAnyRole(CODER.name(), SUPERVISOR.name(), INTEGRATION_SERVICE.name())
                        .requestMatchers("/api/tenant/**", "/api/users/**")
                        .hasRole(ADMIN.name())
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
