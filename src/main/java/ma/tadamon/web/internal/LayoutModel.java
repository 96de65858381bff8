package ma.tadamon.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.web.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: language and direction, switcher links, who is signed in. */
@ControllerAdvice
class LayoutModel {

    private final BaseUrl baseUrl;

    LayoutModel(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage();
    }

    @ModelAttribute("dir")
    String dir(Locale locale) {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    /** The current page in each language, for the switcher (a plain link: it works without script). */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        if (isApi(request)) {
            return Map.of(); // no page to lay out
        }
        boolean get = "GET".equals(request.getMethod());
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            String query = get
                    ? UriComponentsBuilder.newInstance()
                            .query(request.getQueryString())
                            .replaceQueryParam("lang", language)
                            .build()
                            .getQuery()
                    : "lang=" + language;
            links.put(language, request.getRequestURI() + "?" + query);
        }
        return links;
    }

    /** The same links, absolute, for the alternate-language links in the head (search engines ignore relative ones). */
    @ModelAttribute("alternateLinks")
    Map<String, String> alternateLinks(HttpServletRequest request) {
        if (isApi(request)) {
            return Map.of();
        }
        String root = baseUrl.of(request)
                + request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> links = new LinkedHashMap<>();
        languageLinks(request)
                .forEach((language, link) -> links.put(language, root + link.substring(link.indexOf('?'))));
        return links;
    }

    @ModelAttribute("me")
    @Nullable
    SignedInUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** REST controllers are advised too; their answers have no layout. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
