package ma.tadamon.observatory;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public dashboards: the country at {@code /observatory}, any region, province or commune at
 * {@code /observatory/territories/{code}}, for a year ({@code ?year=2025}, this year by default). A
 * year that cannot be read is said next to the year field; the page shows this year meanwhile.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final String tileUrl;

    DashboardController(
            Dashboards dashboards, MessageSource messages, @Value("${tadamon.map.tile-url}") String tileUrl) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/observatory")
    String country(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String size,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return page(dashboards.territory(null), year, size, model, locale, response);
    }

    @GetMapping("/observatory/territories/{code:[0-9A-Za-z.]+}")
    String territory(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String size,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        return page(dashboards.territory(code), year, size, model, locale, response);
    }

    private String page(
            Territory territory,
            @Nullable String year,
            @Nullable String size,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(RollupListener.MOROCCO);
        int shown;
        try {
            shown = dashboards.year(year, today);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("yearError", messages.getMessage(e.messageKey(), e.args(), locale));
            model.addAttribute("yearAsked", year);
            shown = today.getYear();
        }
        model.addAttribute("view", dashboards.view(territory, shown, size, locale, today));
        model.addAttribute("tileUrl", tileUrl);
        return "observatory/dashboard";
    }
}
