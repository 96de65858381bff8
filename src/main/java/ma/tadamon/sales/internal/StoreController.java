package ma.tadamon.sales.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.Sale;
import ma.tadamon.sales.SalesAccess;
import ma.tadamon.sales.SalesLedger;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.sales.StockLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The solidarity store for its cashiers and managers: its stock, consignments, sales, receipts and returns. */
@Controller
class StoreController {

    /** What one cooperative has in the store. */
    record CoopStock(String cooperative, List<Line> lines) {
        record Line(SellableVariant variant, BigDecimal quantity) {}
    }

    /** A consignment or return as the store sees it. */
    record TransferView(StockJournal.Transfer transfer, String cooperative, List<String> lines) {}

    private final Locations locations;
    private final StockJournal stock;
    private final SalesLedger ledger;
    private final SalesAccess access;
    private final Products products;
    private final PdfDocuments pdf;

    StoreController(
            Locations locations,
            StockJournal stock,
            SalesLedger ledger,
            SalesAccess access,
            Products products,
            PdfDocuments pdf) {
        this.locations = locations;
        this.stock = stock;
        this.ledger = ledger;
        this.access = access;
        this.products = products;
        this.pdf = pdf;
    }

    @GetMapping("/store")
    String stores(Model model) {
        model.addAttribute("stores", access.myStores());
        return "store/index";
    }

    @GetMapping("/store/{id}")
    String home(@PathVariable UUID id, Model model, Locale locale) {
        access.requireSellAt(id);
        Location store = locations.store(id);
        List<StockLevel> levels = stock.levels(id);
        List<StockJournal.Transfer> transfers = stock.transfers(id, 20);
        List<UUID> ids = new ArrayList<>();
        levels.forEach(l -> ids.add(l.variantId()));
        transfers.forEach(t -> t.lines().forEach(m -> ids.add(m.variantId())));
        Map<UUID, SellableVariant> variants =
                products.sellable(ids.stream().distinct().toList());
        Map<String, List<CoopStock.Line>> byCoop = new java.util.TreeMap<>();
        for (StockLevel level : levels) {
            SellableVariant v = variants.get(level.variantId());
            if (v != null && level.quantity().signum() > 0) {
                byCoop.computeIfAbsent(v.actorName().in(locale), k -> new ArrayList<>())
                        .add(new CoopStock.Line(v, level.quantity()));
            }
        }
        List<CoopStock> coops = new ArrayList<>();
        byCoop.forEach((name, lines) -> coops.add(new CoopStock(name, lines)));
        List<TransferView> received = new ArrayList<>();
        for (StockJournal.Transfer t : transfers) {
            String coop = "";
            List<String> lines = new ArrayList<>();
            for (StockJournal.Move m : t.lines()) {
                SellableVariant v = variants.get(m.variantId());
                if (v != null) {
                    coop = v.actorName().in(locale);
                    lines.add(m.quantity().stripTrailingZeros().toPlainString() + " × " + v.label(locale));
                }
            }
            received.add(new TransferView(t, coop, lines));
        }
        model.addAttribute("store", store);
        model.addAttribute("coops", coops);
        model.addAttribute("transfers", received);
        model.addAttribute("sales", ledger.latest(id, 20));
        model.addAttribute("canManage", access.canManageStore(id));
        return "store/home";
    }

    @GetMapping("/store/{id}/receipts/{saleId}")
    String receipt(
            @PathVariable UUID id,
            @PathVariable UUID saleId,
            @RequestParam(required = false) @Nullable BigDecimal given,
            Model model) {
        receiptModel(id, saleId, given, model);
        model.addAttribute("returnClientId", UUID.randomUUID());
        return "store/receipt";
    }

    @GetMapping("/store/{id}/receipts/{saleId}.pdf")
    ResponseEntity<byte[]> receiptPdf(
            @PathVariable UUID id,
            @PathVariable UUID saleId,
            @RequestParam(required = false) @Nullable BigDecimal given,
            Model model,
            Locale locale) {
        Sale sale = receiptModel(id, saleId, given, model);
        model.addAttribute("pageHeight", 90 + 14 * sale.lines().size());
        byte[] bytes = pdf.render("store/receipt-pdf", model.asMap(), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + sale.receiptNo() + ".pdf\"")
                .body(bytes);
    }

    /** A store manager's correction after a count or a breakage: a journal entry with its reason. */
    @PostMapping("/store/{id}/adjust")
    String adjust(
            @PathVariable UUID id,
            @RequestParam UUID variantId,
            @RequestParam String delta,
            @RequestParam String reason,
            Model model,
            Locale locale) {
        access.requireManageStore(id);
        try {
            if (stock.levels(id, List.of(variantId)).isEmpty()) {
                throw new InvalidRequestException("variantId", "store.adjust.notHere");
            }
            stock.adjust(id, variantId, StockController.signed(delta), reason);
            return "redirect:/store/" + id + "?adjusted#adjust";
        } catch (InvalidRequestException e) {
            model.addAttribute("adjustError", e);
            model.addAttribute("adjustDelta", delta);
            model.addAttribute("adjustReason", reason);
            model.addAttribute("adjustVariant", variantId);
            return home(id, model, locale);
        }
    }

    /** Lines of a sale given back: goods back into the store's stock, a compensating entry in the ledger. */
    @PostMapping("/store/{id}/receipts/{saleId}/return")
    String giveBack(
            @PathVariable UUID id,
            @PathVariable UUID saleId,
            @RequestParam UUID clientId,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Sale sale = receiptModel(id, saleId, null, model);
        List<SalesLedger.ReturnLine> lines = new ArrayList<>();
        Map<String, String> typed = new HashMap<>();
        try {
            for (Sale.Line line : sale.lines()) {
                String value = params.getFirst("r_" + line.lineNo());
                typed.put("r_" + line.lineNo(), value == null ? "" : value);
                if (value != null && !value.isBlank() && !value.trim().equals("0")) {
                    lines.add(new SalesLedger.ReturnLine(line.lineNo(), StockController.quantity(value)));
                }
            }
            Sale back = ledger.recordReturn(clientId, saleId, lines, sale.payment());
            return "redirect:/store/" + id + "/receipts/" + back.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("returnError", e);
            model.addAttribute("typed", typed);
            model.addAttribute("returnClientId", clientId);
            return "store/receipt";
        }
    }

    private Sale receiptModel(UUID id, UUID saleId, @Nullable BigDecimal given, Model model) {
        access.requireSellAt(id);
        Location store = locations.store(id);
        Sale sale = ledger.find(saleId)
                .filter(s -> s.locationId().equals(id))
                .orElseThrow(() -> new NotFoundException("sale.notFound"));
        model.addAttribute("store", store);
        model.addAttribute("sale", sale);
        if (sale.cashGiven() != null) {
            given = sale.cashGiven(); // kept with the sale: a reprint shows it too
        }
        model.addAttribute(
                "given",
                given != null && sale.payment() == Payment.CASH && given.compareTo(sale.total()) >= 0 ? given : null);
        model.addAttribute(
                "change", given != null && given.compareTo(sale.total()) >= 0 ? given.subtract(sale.total()) : null);
        return sale;
    }
}
