package ma.tadamon.sales.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.catalog.Variant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.LocationKind;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.sales.StockLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cooperative's stock wherever it lies: production received at its own place, adjustments with a
 * reason, consignments of several variants to a store in one transfer, returns from a store, and
 * the journal of a variant at a location.
 */
@Controller
class StockController {

    /** One row of the stock table: where, what, how much. */
    record Row(Location location, SellableVariant variant, BigDecimal quantity) {}

    /** A variant of the actor for the forms, with what lies at its own place. */
    record Item(UUID variantId, String label, BigDecimal atHome) {}

    private final Actors actors;
    private final Products products;
    private final Locations locations;
    private final StockJournal stock;
    private final SalesAccess access;

    StockController(Actors actors, Products products, Locations locations, StockJournal stock, SalesAccess access) {
        this.actors = actors;
        this.products = products;
        this.locations = locations;
        this.stock = stock;
        this.access = access;
    }

    @GetMapping("/manage/{id}/stock")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        access.requireActFor(id);
        return page(id, model, locale, null, null, Map.of());
    }

    @PostMapping("/manage/{id}/stock/receipt")
    String receive(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID variantId,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireActFor(id);
        return moveOrShow(
                id,
                model,
                locale,
                redirect,
                "receipt",
                Map.of("variantId", str(variantId), "quantity", quantity, "reason", reason),
                () -> stock.receive(locations.ofActor(id).id(), own(id, variantId), quantity(quantity), blank(reason)));
    }

    @PostMapping("/manage/{id}/stock/adjustment")
    String adjust(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID variantId,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireActFor(id);
        return moveOrShow(
                id,
                model,
                locale,
                redirect,
                "adjustment",
                Map.of("variantId", str(variantId), "quantity", quantity, "reason", reason),
                () -> stock.adjust(locations.ofActor(id).id(), own(id, variantId), signed(quantity), reason));
    }

    /**
     * Records a movement and goes back to the stock page with "saved", or shows the page again with
     * the error next to the form and what was typed in it.
     */
    private String moveOrShow(
            UUID id,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            String form,
            Map<String, String> typed,
            Runnable move) {
        try {
            move.run();
        } catch (InvalidRequestException e) {
            return page(id, model, locale, form, e, typed);
        }
        redirect.addFlashAttribute("savedKey", "stock.saved." + form);
        return "redirect:/manage/" + id + "/stock";
    }

    /** A consignment to a store, or a return from it: every variant with a quantity, in one transfer. */
    @PostMapping("/manage/{id}/stock/transfer")
    String transfer(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam(required = false) @Nullable UUID storeId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireActFor(id);
        String form = "RETURN_TO_OWNER".equals(kind) ? "return" : "consign";
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("storeId", str(storeId));
        typed.put("note", note);
        List<StockJournal.Move> moves = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> param : params.entrySet()) {
                if (param.getKey().startsWith("q_")) {
                    String value = param.getValue().isEmpty()
                            ? ""
                            : param.getValue().get(0).trim();
                    typed.put(param.getKey(), value);
                    if (!value.isEmpty() && !value.equals("0")) {
                        moves.add(new StockJournal.Move(
                                UUID.fromString(param.getKey().substring(2)), quantity(value)));
                    }
                }
            }
            if (storeId == null) {
                throw new InvalidRequestException("storeId", "stock.store.required");
            }
            Location store = locations.store(storeId);
            UUID own = locations.ofActor(id).id();
            if ("RETURN_TO_OWNER".equals(kind)) {
                stock.transfer("RETURN_TO_OWNER", id, store.id(), own, moves, blank(note));
            } else {
                stock.transfer("CONSIGNMENT", id, own, store.id(), moves, blank(note));
            }
        } catch (InvalidRequestException e) {
            return page(id, model, locale, form, e, typed);
        }
        redirect.addFlashAttribute(
                "savedKey", "RETURN_TO_OWNER".equals(kind) ? "stock.saved.return" : "stock.saved.consignment");
        return "redirect:/manage/" + id + "/stock";
    }

    @GetMapping("/manage/{id}/stock/journal")
    String journal(
            @PathVariable UUID id,
            @RequestParam UUID location,
            @RequestParam UUID variant,
            Model model,
            Locale locale) {
        access.requireActFor(id);
        SellableVariant v = products.sellable(List.of(variant)).get(variant);
        if (v == null || !v.actorId().equals(id)) {
            throw new NotFoundException("product.notFound");
        }
        Location place = locations.find(location).orElseThrow(() -> new NotFoundException("location.notFound"));
        model.addAttribute("actor", actor(id));
        model.addAttribute("section", "stock");
        model.addAttribute("variant", v);
        model.addAttribute("place", place);
        model.addAttribute("level", stock.level(location, variant));
        model.addAttribute("entries", stock.entries(location, variant, 200));
        return "manage/stock-journal";
    }

    private String page(
            UUID id,
            Model model,
            Locale locale,
            @Nullable String errorForm,
            @Nullable InvalidRequestException error,
            Map<String, String> typed) {
        Actor actor = actor(id);
        Location own = locations.ofActor(id);
        List<StockLevel> levels = stock.levelsOfActor(id);
        List<UUID> variantIds = new ArrayList<>();
        for (Product product : products.ofActor(id, false)) {
            for (Variant variant : product.variants()) {
                variantIds.add(variant.id());
            }
        }
        levels.forEach(l -> {
            if (!variantIds.contains(l.variantId())) {
                variantIds.add(l.variantId());
            }
        });
        Map<UUID, SellableVariant> variants = products.sellable(variantIds);
        Map<UUID, Location> places = new LinkedHashMap<>();
        places.put(own.id(), own);
        List<Row> rows = new ArrayList<>();
        for (StockLevel level : levels) {
            Location place = places.computeIfAbsent(
                    level.locationId(), l -> locations.find(l).orElseThrow());
            SellableVariant variant = variants.get(level.variantId());
            if (variant != null) {
                rows.add(new Row(place, variant, level.quantity()));
            }
        }
        rows.sort((a, b) -> {
            int byPlace = Boolean.compare(
                    a.location().kind() != LocationKind.ACTOR, b.location().kind() != LocationKind.ACTOR);
            if (byPlace != 0) {
                return byPlace;
            }
            int byName = a.location().name(locale).compareTo(b.location().name(locale));
            return byName != 0
                    ? byName
                    : a.variant().label(locale).compareTo(b.variant().label(locale));
        });
        List<Item> items = new ArrayList<>();
        for (UUID variantId : variantIds) {
            SellableVariant variant = variants.get(variantId);
            if (variant != null && variant.sellable()) {
                items.add(new Item(variantId, variant.label(locale), stock.level(own.id(), variantId)));
            }
        }
        model.addAttribute("actor", actor);
        model.addAttribute("section", "stock");
        model.addAttribute("own", own);
        model.addAttribute("rows", rows);
        model.addAttribute("items", items);
        model.addAttribute("stores", locations.stores());
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "manage/stock";
    }

    private Actor actor(UUID id) {
        return actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
    }

    /** A variant of this actor, or a clear error on the variant field. */
    private UUID own(UUID actorId, @Nullable UUID variantId) {
        if (variantId == null) {
            throw new InvalidRequestException("variantId", "stock.variant.required");
        }
        SellableVariant variant = products.sellable(List.of(variantId)).get(variantId);
        if (variant == null || !variant.actorId().equals(actorId)) {
            throw new InvalidRequestException("variantId", "validation.transfer.notOwner");
        }
        return variantId;
    }

    static BigDecimal quantity(String typed) {
        BigDecimal value = signed(typed);
        if (value.signum() <= 0) {
            throw new InvalidRequestException("quantity", "validation.quantity");
        }
        return value;
    }

    static BigDecimal signed(String typed) {
        try {
            return new BigDecimal(typed.trim().replace(',', '.').replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("quantity", "validation.quantity");
        }
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.trim();
    }

    private static String str(@Nullable UUID id) {
        return id == null ? "" : id.toString();
    }
}
