package ma.tadamon.geo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territories.TerritoryCount;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public pages of the administrative map: the country with its regions, and each territory with
 * its children, each with a chart of known communes, its table and a CSV download.
 */
@Controller
class TerritoryPages {

    private final Territories territories;
    private final MessageSource messages;

    TerritoryPages(Territories territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/territories")
    String country(Model model, Locale locale) {
        return page(territories.country(), model, locale);
    }

    @GetMapping("/territories/{code:[0-9A-Z.]+}")
    String territory(@PathVariable String code, Model model, Locale locale) {
        return page(find(code), model, locale);
    }

    /** The children of a territory with their commune counts: the chart's data, as a spreadsheet. */
    @GetMapping(value = "/territories/{code:[0-9A-Z.]+}/children.csv")
    ResponseEntity<byte[]> childrenCsv(@PathVariable String code, Locale locale) {
        Territory territory = find(code);
        StringBuilder csv = new StringBuilder("\uFEFFcode,name_ar,name_fr,level,kind,communes\r\n");
        for (TerritoryCount row : territories.communeCountsByChild(territory.id())) {
            Territory t = row.territory();
            csv.append(String.join(
                            ",",
                            t.code(),
                            quote(t.name().ar()),
                            quote(t.name().fr()),
                            t.level().name(),
                            t.kind(),
                            Long.toString(row.count())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("territories-" + territory.code() + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String page(Territory territory, Model model, Locale locale) {
        List<TerritoryCount> children = territories.communeCountsByChild(territory.id());
        model.addAttribute("territory", territory);
        model.addAttribute("ancestors", territories.ancestors(territory.id()));
        model.addAttribute("children", children);
        model.addAttribute(
                "chartColumns",
                List.of(
                        messages.getMessage("territory.name", null, locale),
                        messages.getMessage("territory.communes", null, locale)));
        model.addAttribute(
                "chartRows",
                children.stream()
                        .map(c -> List.<Object>of(c.territory().name(locale), c.count()))
                        .toList());
        return "geo/territory";
    }

    private Territory find(String code) {
        return territories.byCode(code).orElseThrow(() -> new NotFoundException("territory.notFound", code));
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
