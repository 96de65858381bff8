package ma.tadamon.sales.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.Sale;
import ma.tadamon.sales.SaleRejectedException;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.sales.StockLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cashier's point of sale. The server keeps nothing between requests: the basket travels in
 * the page's form (a variant id and a quantity per line, and the client id generated once when the
 * basket was opened), and each action answers with the whole form redrawn. Paying records the sale
 * under that client id, so a double click or a retry records it once.
 */
@Controller
class PosController {

    static final int MAX_RESULTS = 12;

    /** A basket line as shown: what, whose, how many, at what price. */
    record Line(SellableVariant variant, BigDecimal quantity, String typed, BigDecimal amount, BigDecimal available) {}

    /** The lines of one cooperative in the basket. */
    record Group(String cooperative, List<Line> lines) {}

    /** A search result: something that lies in this store. */
    record Found(SellableVariant variant, BigDecimal available) {}

    private final Locations locations;
    private final StockJournal stock;
    private final SalesLedger ledger;
    private final SalesAccess access;
    private final Products products;

    PosController(Locations locations, StockJournal stock, SalesLedger ledger, SalesAccess access, Products products) {
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
        this.access = access;
        this.products = products;
    }

    @GetMapping("/store/{id}/pos")
    String open(@PathVariable UUID id, Model model, Locale locale) {
        access.requireSellAt(id);
        return render(
                id, UUID.randomUUID(), new LinkedHashMap<>(), Map.of(), "CASH", "", "", null, model, locale, false);
    }

    @GetMapping("/store/{id}/pos/search")
    String search(@PathVariable UUID id, @RequestParam(defaultValue = "") String search, Model model, Locale locale) {
        access.requireSellAt(id);
        model.addAttribute("results", search(id, search, locale));
        model.addAttribute("search", search);
        return "store/pos :: results";
    }

    @PostMapping("/store/{id}/pos")
    String act(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        access.requireSellAt(id);
        boolean fragment = "true".equals(htmx);
        UUID clientId = parseId(params.getFirst("clientId"));
        if (clientId == null) {
            clientId = UUID.randomUUID();
        }
        String payment = "CARD".equals(params.getFirst("payment")) ? "CARD" : "CASH";
        String given = value(params.getFirst("given"));
        String searchText = value(params.getFirst("search"));
        String action = value(params.getFirst("action"));
        String barcode = value(params.getFirst("barcode"));
        // The basket as the page holds it: variant ids and the quantities typed beside them.
        Map<UUID, String> typed = new LinkedHashMap<>();
        List<String> ids = params.getOrDefault("v", List.of());
        List<String> quantities = params.getOrDefault("q", List.of());
        for (int i = 0; i < ids.size(); i++) {
            UUID variantId = parseId(ids.get(i));
            if (variantId != null) {
                typed.merge(variantId, i < quantities.size() ? quantities.get(i).trim() : "1", (a, b) -> a);
            }
        }
        Map<String, InvalidRequestException> errors = new HashMap<>();
        try {
            if (action.startsWith("inc:") || action.startsWith("add:")) {
                UUID variantId = parseId(action.substring(4));
                if (variantId != null) {
                    add(id, typed, variantId, locale);
                }
            } else if (action.startsWith("dec:")) {
                UUID variantId = parseId(action.substring(4));
                if (variantId != null && typed.containsKey(variantId)) {
                    BigDecimal left =
                            quantityOr(typed.get(variantId), BigDecimal.ONE).subtract(BigDecimal.ONE);
                    if (left.signum() <= 0) {
                        typed.remove(variantId);
                    } else {
                        typed.put(variantId, plain(left));
                    }
                }
            } else if (action.startsWith("del:")) {
                typed.remove(parseId(action.substring(4)));
            } else if (!barcode.isEmpty()) {
                String code = barcode;
                SellableVariant variant = products.sellableByBarcode(code)
                        .orElseThrow(() -> new InvalidRequestException("barcode", "sale.unknownBarcode", code));
                add(id, typed, variant.variantId(), locale);
                barcode = "";
            }
        } catch (InvalidRequestException e) {
            errors.put("barcode", e);
        }
        if ("pay".equals(action) && errors.isEmpty()) {
            try {
                Sale sale = pay(id, clientId, typed, payment, given);
                String target = "/store/" + id + "/receipts/" + sale.id()
                        + ("CASH".equals(payment) && !given.isEmpty() ? "?given=" + money(given) : "");
                if (fragment) {
                    response.setHeader("HX-Redirect", target);
                    return "store/pos :: empty";
                }
                return "redirect:" + target;
            } catch (InvalidRequestException e) {
                errors.put("given".equals(e.field()) ? "given" : "lines", e);
            } catch (SaleRejectedException e) {
                ledger.findByClientId(clientId).ifPresent(s -> model.addAttribute("paidSale", s));
                errors.put("lines", new InvalidRequestException("lines", e.messageKey()));
            }
        }
        model.addAttribute("errors", errors);
        return render(id, clientId, typed, errors, payment, given, searchText, barcode, model, locale, fragment);
    }

    private void add(UUID storeId, Map<UUID, String> typed, UUID variantId, Locale locale) {
        SellableVariant variant = products.sellable(List.of(variantId)).get(variantId);
        if (variant == null) {
            throw new InvalidRequestException("barcode", "product.notFound");
        }
        if (!variant.sellable()) {
            throw new InvalidRequestException("barcode", "sale.notSellable", variant.label(locale));
        }
        BigDecimal next = quantityOr(typed.get(variantId), BigDecimal.ZERO).add(BigDecimal.ONE);
        BigDecimal available = stock.level(storeId, variantId);
        if (available.signum() <= 0) {
            throw new InvalidRequestException("barcode", "pos.notInStore", variant.label(locale));
        }
        if (next.compareTo(available) > 0) {
            throw new InvalidRequestException("barcode", "stock.insufficient", variant.label(locale));
        }
        typed.put(variantId, plain(next));
    }

    private Sale pay(UUID storeId, UUID clientId, Map<UUID, String> typed, String payment, String given) {
        if (typed.isEmpty()) {
            throw new InvalidRequestException("lines", "pos.empty");
        }
        List<NewSale.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<UUID, SellableVariant> variants = products.sellable(typed.keySet());
        for (Map.Entry<UUID, String> entry : typed.entrySet()) {
            BigDecimal quantity = StockController.quantity(entry.getValue());
            lines.add(new NewSale.Line(entry.getKey(), quantity));
            SellableVariant v = variants.get(entry.getKey());
            if (v != null) {
                total = total.add(quantity.multiply(v.price()).setScale(2, RoundingMode.HALF_UP));
            }
        }
        BigDecimal cash = null;
        if ("CASH".equals(payment) && !given.isEmpty()) {
            cash = amount(given);
            if (cash.compareTo(total) < 0) {
                throw new InvalidRequestException("given", "pos.cashTooLow");
            }
        }
        return ledger.record(new NewSale(clientId, storeId, Payment.valueOf(payment), null, lines, null, null, cash));
    }

    private String render(
            UUID storeId,
            UUID clientId,
            Map<UUID, String> typed,
            Map<String, InvalidRequestException> errors,
            String payment,
            String given,
            String searchText,
            @Nullable String barcode,
            Model model,
            Locale locale,
            boolean fragment) {
        Location store = locations.store(storeId);
        Map<UUID, SellableVariant> variants = products.sellable(typed.keySet());
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal count = BigDecimal.ZERO;
        for (Map.Entry<UUID, String> entry : typed.entrySet()) {
            SellableVariant v = variants.get(entry.getKey());
            if (v == null) {
                continue;
            }
            BigDecimal quantity = quantityOr(entry.getValue(), null);
            BigDecimal amount = quantity == null
                    ? BigDecimal.ZERO
                    : quantity.multiply(v.price()).setScale(2, RoundingMode.HALF_UP);
            groups.computeIfAbsent(v.actorName().in(locale), k -> new ArrayList<>())
                    .add(new Line(
                            v,
                            quantity == null ? BigDecimal.ZERO : quantity,
                            entry.getValue(),
                            amount,
                            stock.level(storeId, v.variantId())));
            total = total.add(amount);
            count = count.add(quantity == null ? BigDecimal.ZERO : quantity);
        }
        List<Group> basket = new ArrayList<>();
        groups.forEach((coop, lines) -> basket.add(new Group(coop, lines)));
        BigDecimal change = null;
        if ("CASH".equals(payment) && !given.isEmpty()) {
            try {
                BigDecimal cash = amount(given);
                change = cash.compareTo(total) >= 0 ? cash.subtract(total) : null;
            } catch (InvalidRequestException e) {
                errors.putIfAbsent("given", e);
            }
        }
        model.addAttribute("store", store);
        model.addAttribute("clientId", clientId);
        model.addAttribute("basket", basket);
        model.addAttribute("total", total);
        model.addAttribute("totalCents", total.movePointRight(2).setScale(0, RoundingMode.HALF_UP));
        model.addAttribute("count", count);
        model.addAttribute("payment", payment);
        model.addAttribute("given", given);
        model.addAttribute("change", change);
        model.addAttribute("search", searchText);
        model.addAttribute("barcode", barcode == null ? "" : barcode);
        model.addAttribute("results", searchText.isEmpty() ? List.of() : search(storeId, searchText, locale));
        model.addAttribute("errors", errors);
        return fragment ? "store/pos :: pos-form" : "store/pos";
    }

    /** What lies in this store whose product or cooperative name contains the text, in any language. */
    private List<Found> search(UUID storeId, String text, Locale locale) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        Map<UUID, BigDecimal> available = new HashMap<>();
        for (StockLevel level : stock.levels(storeId)) {
            if (level.quantity().signum() > 0) {
                available.put(level.variantId(), level.quantity());
            }
        }
        List<Found> found = new ArrayList<>();
        for (SellableVariant v : products.sellable(available.keySet()).values()) {
            String haystack = String.join(
                            " ",
                            String.valueOf(v.productName().ar()),
                            String.valueOf(v.productName().fr()),
                            String.valueOf(v.productName().en()),
                            String.valueOf(v.actorName().ar()),
                            String.valueOf(v.actorName().fr()),
                            String.valueOf(v.actorName().en()),
                            v.barcode())
                    .toLowerCase(Locale.ROOT);
            if (v.sellable() && haystack.contains(needle)) {
                found.add(new Found(v, available.get(v.variantId())));
            }
        }
        found.sort((a, b) -> a.variant().label(locale).compareTo(b.variant().label(locale)));
        return found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found;
    }

    private static @Nullable BigDecimal quantityOr(@Nullable String typed, @Nullable BigDecimal fallback) {
        if (typed == null || typed.isBlank()) {
            return fallback;
        }
        try {
            BigDecimal value = new BigDecimal(typed.trim().replace(',', '.'));
            return value.signum() > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static BigDecimal amount(String typed) {
        try {
            BigDecimal value = new BigDecimal(typed.trim().replace(',', '.').replace(" ", ""));
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
                throw new InvalidRequestException("given", "pos.cashInvalid");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("given", "pos.cashInvalid");
        }
    }

    private static String money(String typed) {
        return amount(typed).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String value(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static @Nullable UUID parseId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
