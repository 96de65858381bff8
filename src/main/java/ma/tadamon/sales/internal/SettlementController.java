package ma.tadamon.sales.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.platform.web.FormErrors;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.Settlement;
import ma.tadamon.sales.Settlements;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settlement statements as pages: a store's managers list, preview, issue and mark them paid; a
 * cooperative's managers see theirs from every store. The statement page and its bilingual PDF
 * (Arabic and French on one document) show the cooperative's ICE and bank details only to those
 * two kinds of readers, who alone may open a statement.
 */
@Controller
class SettlementController {

    static final String UUID_PATTERN = "[0-9a-fA-F-]{36}";

    /** Labels of the PDF, each shown in Arabic and in French. */
    static final List<String> PDF_LABELS = List.of(
            "settlement.title",
            "settlement.number",
            "settlement.store",
            "settlement.cooperative",
            "settlement.ice",
            "settlement.rib",
            "settlement.period",
            "settlement.issuedAt",
            "settlement.lines",
            "settlement.product",
            "settlement.quantity",
            "settlement.amount",
            "settlement.gross",
            "settlement.rate",
            "settlement.commission",
            "settlement.net",
            "settlement.status",
            "settlement.status.paid",
            "settlement.status.unpaid",
            "settlement.paymentReference",
            "settlement.none");

    private final Settlements settlements;
    private final Locations locations;
    private final SalesAccess access;
    private final Actors actors;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    SettlementController(
            Settlements settlements,
            Locations locations,
            SalesAccess access,
            Actors actors,
            PdfDocuments pdf,
            MessageSource messages) {
        this.settlements = settlements;
        this.locations = locations;
        this.access = access;
        this.actors = actors;
        this.pdf = pdf;
        this.messages = messages;
    }

    record PeriodForm(
            @Nullable UUID actorId,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate from,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate to) {}

    record PaidForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate paidOn,

            @Nullable String paymentReference) {}

    /** The store's statements and the "new statement" form; with a cooperative and a period, its preview. */
    @GetMapping("/store/{id}/settlements")
    String list(@PathVariable UUID id, @ModelAttribute("form") PeriodForm form, BindingResult binding, Model model) {
        access.requireManageStore(id);
        if (!binding.hasErrors() && form.actorId() != null && (form.from() != null || form.to() != null)) {
            try {
                model.addAttribute("preview", settlements.preview(id, form.actorId(), form.from(), form.to()));
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return storePage(id, model);
    }

    @PostMapping("/store/{id}/settlements")
    String issue(
            @PathVariable UUID id,
            @ModelAttribute("form") PeriodForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.requireManageStore(id);
        if (!binding.hasErrors()) {
            try {
                if (form.actorId() == null) {
                    throw new InvalidRequestException("actorId", "settlement.cooperative.required");
                }
                Settlement issued = settlements.issue(id, form.actorId(), form.from(), form.to());
                redirect.addFlashAttribute("issued", true);
                return "redirect:/store/" + id + "/settlements/" + issued.id();
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
            }
        }
        return storePage(id, model);
    }

    @GetMapping("/store/{id}/settlements/{sid:" + UUID_PATTERN + "}")
    String statement(@PathVariable UUID id, @PathVariable UUID sid, Model model) {
        Settlement settlement = readable(id, sid);
        model.addAllAttributes(statementModel(settlement));
        model.addAttribute("canManage", access.canManageStore(id));
        if (!model.containsAttribute("paidForm")) {
            model.addAttribute("paidForm", new PaidForm(LocalDate.now(settlements.zone()), ""));
        }
        return "sales/settlement";
    }

    @PostMapping("/store/{id}/settlements/{sid:" + UUID_PATTERN + "}/paid")
    String paid(
            @PathVariable UUID id,
            @PathVariable UUID sid,
            @ModelAttribute("paidForm") PaidForm form,
            BindingResult binding,
            Model model) {
        access.requireManageStore(id);
        Settlement settlement = readable(id, sid);
        if (!binding.hasErrors()) {
            try {
                settlements.markPaid(settlement.id(), form.paidOn(), form.paymentReference());
                return "redirect:/store/" + id + "/settlements/" + sid;
            } catch (InvalidRequestException e) {
                FormErrors.reject(binding, e);
                if (e.messageKey().equals("settlement.alreadyPaid")) {
                    // The form is gone once paid: say it above the statement.
                    model.addAttribute("paidError", e);
                }
            }
        }
        return statement(id, sid, model);
    }

    @GetMapping("/store/{id}/settlements/{sid:" + UUID_PATTERN + "}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID sid, Locale locale) {
        Settlement settlement = readable(id, sid);
        Map<String, Object> model = new HashMap<>(statementModel(settlement));
        Map<String, String> ar = new LinkedHashMap<>();
        Map<String, String> fr = new LinkedHashMap<>();
        for (String key : PDF_LABELS) {
            ar.put(key, messages.getMessage(key, null, Locale.forLanguageTag("ar")));
            fr.put(key, messages.getMessage(key, null, Locale.FRENCH));
        }
        model.put("ar", ar);
        model.put("fr", fr);
        model.put("localeAr", Locale.forLanguageTag("ar"));
        model.put("localeFr", Locale.FRENCH);
        byte[] body = pdf.render("pdf/settlement", model, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(settlement.number() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    /** A cooperative's statements from every store. */
    @GetMapping("/manage/{actorId}/statements")
    String ofActor(@PathVariable UUID actorId, Model model) {
        access.requireActFor(actorId);
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        List<Settlement> list = settlements.ofActor(actorId);
        Map<UUID, LocalizedText> stores = new HashMap<>();
        for (Settlement s : list) {
            stores.computeIfAbsent(
                    s.storeId(),
                    storeId -> locations.find(storeId).map(Location::name).orElse(NONE));
        }
        model.addAttribute("actor", actor);
        model.addAttribute("section", "statements");
        model.addAttribute("statements", list);
        model.addAttribute("storeNames", stores);
        return "sales/statements";
    }

    private String storePage(UUID id, Model model) {
        Location store = locations.store(id);
        List<UUID> sellerIds = settlements.sellersAt(id);
        Map<UUID, LocalizedText> sellers = new LinkedHashMap<>();
        actors.findAll(sellerIds).stream()
                .sorted(Comparator.comparing(a -> a.name().in(Locale.FRENCH)))
                .forEach(a -> sellers.put(a.id(), a.name()));
        List<Settlement> list = settlements.ofStore(id);
        Map<UUID, LocalizedText> names = new HashMap<>(sellers);
        for (Settlement s : list) {
            names.computeIfAbsent(
                    s.actorId(), a -> actors.find(a).map(Actor::name).orElse(NONE));
        }
        model.addAttribute("store", store);
        model.addAttribute("sellers", sellers);
        model.addAttribute("actorNames", names);
        model.addAttribute("statements", list);
        model.addAttribute("yesterday", LocalDate.now(settlements.zone()).minusDays(1));
        return "sales/settlements";
    }

    private Map<String, Object> statementModel(Settlement settlement) {
        Actor actor = actors.find(settlement.actorId()).orElseThrow(() -> new NotFoundException("actor.notFound"));
        Map<String, Object> model = new HashMap<>();
        model.put("settlement", settlement);
        model.put("store", locations.store(settlement.storeId()));
        model.put("cooperative", actor);
        // Only statement readers get here: the store's managers and the cooperative's managers.
        model.put("rib", actors.rib(actor.id()).orElse(""));
        model.put("lines", settlements.lines(settlement.id()));
        model.put("sales", settlements.sales(settlement.id()));
        model.put("issuedOn", LocalDate.ofInstant(settlement.issuedAt(), settlements.zone()));
        return model;
    }

    /** The statement of this store, if the signed-in user manages the store or the cooperative. */
    private Settlement readable(UUID storeId, UUID sid) {
        Settlement settlement = settlements
                .find(sid)
                .filter(s -> s.storeId().equals(storeId))
                .orElseThrow(() -> new NotFoundException("settlement.notFound"));
        if (!access.canManageStore(storeId) && !access.canActFor(settlement.actorId())) {
            throw new AccessDeniedException("Not a reader of settlement " + sid);
        }
        return settlement;
    }

    private static final LocalizedText NONE = new LocalizedText(null, "—", null);
}
