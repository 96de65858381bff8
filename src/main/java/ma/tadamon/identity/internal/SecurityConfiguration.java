package ma.tadamon.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.identity.ApiTokens;
import ma.tadamon.platform.web.PublicPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in by form for pages and by session, personal API token (Bearer) or HTTP Basic for the API; CSRF tokens on every form
 * (a request that authenticates with an Authorization header carries no cookie to forge); a strict
 * content security policy (no inline script or style; htmx runs under it); everything that no
 * module declared public needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: %s; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    @Bean
    PasswordEncoder passwordEncoder(@Value("${tadamon.security.bcrypt-strength:12}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /** Not a bean: as a bean Spring Security would also install it globally and run it twice. */
    static ThrottledAuthenticationProvider authenticationProvider(
            AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Swagger UI needs inline styles; it gets its own, looser policy and nothing else does. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/docs/**", "/swagger-ui/**", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            @Value("${tadamon.map.tile-origin:https://tile.openstreetmap.org}") String tileOrigin,
            MessageSource messages,
            LocaleResolver localeResolver,
            JsonMapper json,
            ApiTokens tokens)
            throws Exception {
        AuthenticationEntryPoint unauthorized = problemEntryPoint(messages, localeResolver, json);
        http.addFilterBefore(
                new BearerTokenFilter(tokens, unauthorized),
                org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        String[] open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        String[] openForms = publicPaths.stream()
                .flatMap(p -> p.openForms().stream())
                .distinct()
                .toArray(String[]::new);
        http.authenticationProvider(authenticationProvider(users, encoder, throttle))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, open)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, open)
                        .permitAll()
                        .requestMatchers(openForms)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("identifier")
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unauthorized, API))
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::cannotBeForged))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP.formatted(tileOrigin)))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()")));
        return http.build();
    }

    /** A 401 of the API as an RFC 9457 problem detail in the caller's language, like its other errors. */
    private static AuthenticationEntryPoint problemEntryPoint(
            MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        return (request, response, exception) -> {
            Locale locale = localeResolver.resolveLocale(request);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", messages.getMessage("problem.title.401", null, "Unauthorized", locale));
            problem.put("status", HttpStatus.UNAUTHORIZED.value());
            problem.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            json.writeValue(response.getWriter(), problem);
        };
    }

    /**
     * CSRF abuses the cookies a browser sends by itself. A request that authenticates with an
     * Authorization header, or an API call that carries no session cookie, cannot be forged that way.
     */
    static boolean cannotBeForged(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        boolean sessionCookie = request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> c.getName().equals("SESSION"));
        return API.matches(request) && !sessionCookie;
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof ThrottledAuthenticationProvider.ThrottledException
                    ? "throttled"
                    : exception instanceof org.springframework.security.authentication.DisabledException
                            ? "disabled"
                            : "credentials";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    @Bean
    PublicPaths identityPublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> patterns() {
                return List.of("/login", "/password/**", "/signup");
            }

            @Override
            public List<String> openForms() {
                return List.of("/password/**", "/signup");
            }
        };
    }
}
