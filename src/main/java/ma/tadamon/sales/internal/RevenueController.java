package ma.tadamon.sales.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actors;
import ma.tadamon.sales.Channel;
import ma.tadamon.sales.Revenue;
import ma.tadamon.sales.SalesAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A cooperative's revenue dashboard: sales by month, channel, location and product for a period,
 * each chart with its table and the same data as CSV.
 */
@Controller
class RevenueController {

    static final List<String> DIMENSIONS = List.of("months", "channels", "locations", "products");

    private final Revenue revenue;
    private final SalesAccess access;
    private final Actors actors;
    private final MessageSource messages;

    RevenueController(Revenue revenue, SalesAccess access, Actors actors, MessageSource messages) {
        this.revenue = revenue;
        this.access = access;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/manage/{id}/revenue")
    String page(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        access.requireActFor(id);
        model.addAttribute("actor", actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound")));
        model.addAttribute("section", "revenue");
        Revenue.Report report;
        try {
            report = revenue.of(id, from, to);
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e);
            report = revenue.of(id, null, null);
        }
        model.addAttribute("report", report);
        return "manage/revenue";
    }

    /** One breakdown of the dashboard as a spreadsheet: key, names in Arabic and French, quantity, amount. */
    @GetMapping("/manage/{id}/revenue/{dimension:months|channels|locations|products}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable UUID id,
            @PathVariable String dimension,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        access.requireActFor(id);
        Revenue.Report report = revenue.of(id, from, to);
        List<Revenue.Row> rows = switch (dimension) {
            case "months" -> report.months();
            case "channels" -> report.channels();
            case "locations" -> report.locations();
            default -> report.products();
        };
        Labels ar = new Labels(messages, Locale.forLanguageTag("ar"));
        Labels fr = new Labels(messages, Locale.FRENCH);
        StringBuilder csv = new StringBuilder("\uFEFFkey,name_ar,name_fr,quantity,amount_mad\r\n");
        for (Revenue.Row row : rows) {
            csv.append(String.join(
                            ",",
                            quote(row.key()),
                            quote(ar.of(dimension, row)),
                            quote(fr.of(dimension, row)),
                            row.quantity().stripTrailingZeros().toPlainString(),
                            row.amount().setScale(2).toPlainString()))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("revenue-" + dimension + "-" + report.from() + "-" + report.to() + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The name of a row in one language: channels by message key, the rest by their own names. */
    record Labels(MessageSource messages, Locale locale) {
        String of(String dimension, Revenue.Row row) {
            if (dimension.equals("channels")) {
                return messages.getMessage("revenue.channel." + Channel.valueOf(row.key()), null, locale);
            }
            return row.label().in(locale);
        }
    }

    private static String quote(@Nullable String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
