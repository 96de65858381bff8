package ma.tadamon.catalog.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Batch;
import ma.tadamon.catalog.Batches;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Variant;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.QrCode;
import ma.tadamon.platform.pdf.PdfDocuments;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A printable A4 sheet of stickers for a product (and a lot): names in Arabic and French, the maker,
 * lot and dates, price, barcode digits and the QR code of the traceability page. The QR code is
 * embedded as a PNG data URI: the PDF renderer has no SVG support without an extra library.
 */
@Controller
class LabelSheetController {

    static final int MAX_COUNT = 60;

    private final Products products;
    private final Batches batches;
    private final Actors actors;
    private final Territories territories;
    private final RegistryAccess access;
    private final PdfDocuments pdfs;
    private final BaseUrl baseUrl;

    LabelSheetController(
            Products products,
            Batches batches,
            Actors actors,
            Territories territories,
            RegistryAccess access,
            PdfDocuments pdfs,
            BaseUrl baseUrl) {
        this.products = products;
        this.batches = batches;
        this.actors = actors;
        this.territories = territories;
        this.access = access;
        this.pdfs = pdfs;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/manage/{actorId}/products/{id}/labels.pdf")
    ResponseEntity<byte[]> sheet(
            @PathVariable UUID actorId,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lot,
            @RequestParam(required = false) @Nullable UUID variant,
            @RequestParam(defaultValue = "12") int count,
            HttpServletRequest request,
            Locale locale) {
        access.requireManage(actorId);
        Product product = products.find(id)
                .filter(p -> p.actorId().equals(actorId))
                .orElseThrow(() -> new NotFoundException("product.notFound"));
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        Batch batch = lot == null || lot.isBlank()
                ? null
                : batches.find(id, lot).orElseThrow(() -> new NotFoundException("trace.lotNotFound"));
        Variant chosen = product.variants().stream()
                .filter(v -> variant == null ? v.active() : v.id().equals(variant))
                .findFirst()
                .orElse(null);
        String url = TraceController.url(baseUrl.of(request), product, batch);
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("actor", actor);
        model.put("commune", territories.byId(actor.communeId()).orElseThrow());
        model.put("batch", batch);
        model.put("variant", chosen);
        model.put("url", url);
        model.put(
                "qr",
                "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(QrCode.of(url).png(4)));
        model.put(
                "stickers",
                java.util.stream.IntStream.range(0, Math.max(1, Math.min(MAX_COUNT, count)))
                        .boxed()
                        .toList());
        byte[] pdf = pdfs.render("catalog/labels-pdf", model, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"labels-" + product.code() + (batch == null ? "" : "-" + batch.lot())
                                + ".pdf\"")
                .body(pdf);
    }
}
