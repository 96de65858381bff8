package ma.tadamon.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Content-hashed URLs for our static files only. Spring's own filter asks the resource resolvers
 * about every link a page renders, and static files are mapped at {@code /**}: each link to an
 * actor, a territory or a page of results became four class-path look-ups inside the jar, never
 * cached because nothing was found — half the time of rendering the directory. Links outside the
 * static folders are now left as they are, without a look-up.
 */
@Configuration(proxyBeanMethods = false)
class StaticUrlConfiguration {

    /** Where static files live (src/main/resources/static and the webjars). */
    static final List<String> STATIC_PREFIXES =
            List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.svg", "/robots.txt");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticOnlyResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static boolean isStatic(String url) {
        return STATIC_PREFIXES.stream().anyMatch(url::startsWith);
    }

    /** Same role as Spring's filter (it also makes Boot's own registration back off). */
    static final class StaticOnlyResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(out) {
                @Override
                public String encodeURL(String url) {
                    String context = http.getContextPath();
                    if (url.startsWith(context)
                            && isStatic(url.substring(context.length()))
                            && http.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                                    instanceof ResourceUrlProvider provider) {
                        String resolved = provider.getForRequestUrl(http, url);
                        if (resolved != null) {
                            return super.encodeURL(resolved);
                        }
                    }
                    return super.encodeURL(url);
                }
            });
        }
    }
}
