package ma.tadamon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public address used in links sent by e-mail or SMS: configured, else the request's own. */
@Component
public class BaseUrl {

    private final String configured;

    BaseUrl(@Value("${tadamon.base-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String of(HttpServletRequest request) {
        if (!configured.isBlank()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
