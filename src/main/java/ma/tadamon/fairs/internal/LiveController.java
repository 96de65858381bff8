package ma.tadamon.fairs.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.FairsAccess;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.export.Downloads;
import ma.tadamon.platform.export.TableExport;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.ValueChain;
import ma.tadamon.sales.LocationSales;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's live dashboard of an edition: key figures, sales per day, stand, sector and
 * product, the store corner, footfall; its figures refresh themselves every 30 seconds (htmx) and
 * each chart has its table and CSV. Footfall is entered and corrected here, per entrance and day.
 */
@Controller
class LiveController {

    static final List<String> DIMENSIONS =
            List.of("days", "stands", "sectors", "products", "payments", "corner", "footfall");

    record FootfallForm(
            @Nullable String entrance,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate day,

            @Nullable Integer visitors) {}

    private final Editions editions;
    private final FairsAccess access;
    private final LiveFigures figures;
    private final Footfall footfall;
    private final MessageSource messages;
    private final Actors actors;

    LiveController(
            Editions editions,
            FairsAccess access,
            LiveFigures figures,
            Footfall footfall,
            MessageSource messages,
            Actors actors) {
        this.actors = actors;
        this.editions = editions;
        this.access = access;
        this.figures = figures;
        this.footfall = footfall;
        this.messages = messages;
    }

    @GetMapping("/organise/fairs/{id}/live")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        Edition edition = organised(id);
        figuresModel(edition, model, locale);
        model.addAttribute("footfallForm", new FootfallForm(null, figures.dayOf(edition), null));
        return "fairs/live-dashboard";
    }

    /** The refreshed part of the dashboard (htmx, every 30 s and after a footfall entry). */
    @GetMapping("/organise/fairs/{id}/live/figures")
    String figures(@PathVariable UUID id, Model model, Locale locale) {
        Edition edition = organised(id);
        figuresModel(edition, model, locale);
        return "fairs/live-dashboard :: figures";
    }

    /** The footfall form, filled with one entrance and day to correct it. */
    @GetMapping("/organise/fairs/{id}/live/footfall")
    String footfallForm(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String entrance,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        Edition edition = organised(id);
        LocalDate when = day == null ? figures.dayOf(edition) : day;
        Integer visitors = entrance == null
                ? null
                : footfall.find(id, entrance, when)
                        .map(Footfall.Entry::visitors)
                        .orElse(null);
        model.addAttribute("footfallForm", new FootfallForm(entrance, when, visitors));
        if (htmx == null) {
            figuresModel(edition, model, locale);
            return "fairs/live-dashboard";
        }
        footfallModel(edition, model);
        return "fairs/live-dashboard :: footfall";
    }

    @PostMapping("/organise/fairs/{id}/live/footfall")
    String recordFootfall(
            @PathVariable UUID id,
            @ModelAttribute("footfallForm") FootfallForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Edition edition = organised(id);
        if (!binding.hasErrors()) {
            try {
                Footfall.Entry saved = footfall.record(edition, form.entrance(), form.day(), form.visitors());
                if (htmx == null) {
                    return "redirect:/organise/fairs/" + id + "/live";
                }
                response.setHeader("HX-Trigger", "fairs-footfall");
                model.addAttribute("saved", saved);
                // A fresh form for the next count: same entrance and day, no number (not the bound one).
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "footfallForm");
                model.addAttribute("footfallForm", new FootfallForm(saved.entrance(), saved.day(), null));
                footfallModel(edition, model);
                return "fairs/live-dashboard :: footfall";
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(htmx == null ? 400 : 200);
        if (htmx == null) {
            figuresModel(edition, model, locale);
            return "fairs/live-dashboard";
        }
        footfallModel(edition, model);
        return "fairs/live-dashboard :: footfall";
    }

    @GetMapping("/organise/fairs/{id}/live/{dimension:days|stands|sectors|products|payments|corner|footfall}.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @PathVariable String dimension) {
        Edition edition = organised(id);
        LiveFigures.Live live = figures.of(edition);
        Locale ar = Locale.forLanguageTag("ar");
        Locale fr = Locale.FRENCH;
        List<List<?>> rows = new ArrayList<>();
        List<String> header;
        switch (dimension) {
            case "days" -> {
                header = List.of("day", "sales", "returns", "quantity", "amount_mad");
                live.days()
                        .forEach(
                                d -> rows.add(List.of(d.day(), d.sales(), d.returns(), qty(d.quantity()), d.amount())));
            }
            case "stands" -> {
                header = List.of(
                        "actor_id",
                        "name_ar",
                        "name_fr",
                        "sector",
                        "sales_day",
                        "amount_day_mad",
                        "sales",
                        "quantity",
                        "amount_mad",
                        "late_sales",
                        "open_discrepancies",
                        "discrepancy_quantity");
                for (LiveFigures.Stand s : live.stands()) {
                    rows.add(List.of(
                            s.exhibitor().actorId(),
                            s.exhibitor().name(ar),
                            s.exhibitor().name(fr),
                            s.exhibitor().sector(),
                            s.day().sales(),
                            s.day().amount(),
                            s.total().sales(),
                            qty(s.total().quantity()),
                            s.total().amount(),
                            s.flags().late(),
                            s.flags().openDiscrepancies(),
                            qty(s.flags().discrepancyQuantity())));
                }
            }
            case "footfall" -> {
                header = List.of("day", "entrance", "visitors");
                live.footfall().forEach(e -> rows.add(List.of(e.day(), e.entrance(), e.visitors())));
            }
            default -> {
                header = List.of("key", "name_ar", "name_fr", "sales", "quantity", "amount_mad");
                List<LocationSales.Row> list = switch (dimension) {
                    case "sectors" -> live.sectors();
                    case "products" -> live.products();
                    case "payments" -> live.payments();
                    default -> live.corner() == null ? List.of() : live.corner().sellers();
                };
                for (LocationSales.Row r : list) {
                    String nameAr = dimension.equals("payments")
                            ? messages.getMessage("fairs.live.payment." + r.key(), null, ar)
                            : r.label().in(ar);
                    String nameFr = dimension.equals("payments")
                            ? messages.getMessage("fairs.live.payment." + r.key(), null, fr)
                            : r.label().in(fr);
                    rows.add(List.of(r.key(), nameAr, nameFr, r.sales(), qty(r.quantity()), r.amount()));
                }
            }
        }
        return Downloads.attachment(
                "live-" + edition.slug() + "-" + dimension + ".csv",
                TableExport.Format.CSV,
                TableExport.write(TableExport.Format.CSV, header, rows));
    }

    static String qty(java.math.BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private Edition organised(UUID id) {
        Edition edition = editions.get(id);
        access.requireOrganise(edition);
        return edition;
    }

    private void figuresModel(Edition edition, Model model, Locale locale) {
        LiveFigures.Live live = figures.of(edition);
        LiveCharts charts = new LiveCharts(messages, locale);
        model.addAttribute("edition", edition);
        model.addAttribute("live", live);
        model.addAttribute("sectorNames", sectorNames(actors));
        model.addAttribute("dayLabel", LiveCharts.fullDay(live.day(), locale));
        model.addAttribute("chartDays", charts.days(live.days()));
        model.addAttribute("chartSectors", charts.rows("fairs.live.sector", live.sectors()));
        model.addAttribute("chartProducts", charts.rows("fairs.live.product", live.products()));
        model.addAttribute("chartPayments", charts.payments(live.payments()));
        model.addAttribute(
                "chartCorner",
                charts.rows(
                        "fairs.live.cooperative",
                        live.corner() == null ? List.of() : live.corner().sellers()));
        model.addAttribute("chartFootfall", charts.footfallDays(live.footfallByDay()));
        model.addAttribute("chartEntrances", charts.footfallEntrances(live.footfallByEntrance()));
        footfallModel(edition, model);
    }

    /** Sector names by code, from the registry's taxonomy. */
    static Map<String, LocalizedText> sectorNames(Actors actors) {
        Map<String, LocalizedText> names = new HashMap<>();
        for (ValueChain chain : actors.valueChains()) {
            names.putIfAbsent(chain.sector(), chain.sectorName());
        }
        return names;
    }

    private void footfallModel(Edition edition, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("entries", footfall.of(edition.id()));
        model.addAttribute("entrances", footfall.entrances(edition.id()));
    }
}
