package ma.tadamon.catalog.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import ma.tadamon.catalog.Batch;
import ma.tadamon.catalog.Batches;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.ProductMedia;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.QrCode;
import ma.tadamon.platform.web.BaseUrl;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Traceability pages, reached by the QR code on a label: what the product is, who made it and where,
 * its verified labels and, per lot, when it was made and until when it keeps. Light for a cheap
 * phone: no map, no script of its own, photos lazy-loaded.
 */
@Controller
class TraceController {

    private final Products products;
    private final Batches batches;
    private final ProductMedia media;
    private final Credentials credentials;
    private final Actors actors;
    private final Territories territories;
    private final BaseUrl baseUrl;

    TraceController(
            Products products,
            Batches batches,
            ProductMedia media,
            Credentials credentials,
            Actors actors,
            Territories territories,
            BaseUrl baseUrl) {
        this.products = products;
        this.batches = batches;
        this.media = media;
        this.credentials = credentials;
        this.actors = actors;
        this.territories = territories;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/t/{code}")
    String product(@PathVariable String code, Model model) {
        return page(publicProduct(code), null, model);
    }

    @GetMapping("/t/{code}/{lot}")
    String lot(@PathVariable String code, @PathVariable String lot, Model model) {
        Product product = publicProduct(code);
        Batch batch = batches.find(product.id(), lot).orElseThrow(() -> new NotFoundException("trace.lotNotFound"));
        return page(product, batch, model);
    }

    @GetMapping("/t/{code}/qr.svg")
    ResponseEntity<String> productSvg(@PathVariable String code, HttpServletRequest request) {
        return svg(url(request, publicProduct(code), null));
    }

    @GetMapping("/t/{code}/qr.png")
    ResponseEntity<byte[]> productPng(@PathVariable String code, HttpServletRequest request) {
        return png(url(request, publicProduct(code), null));
    }

    @GetMapping("/t/{code}/{lot}/qr.svg")
    ResponseEntity<String> lotSvg(@PathVariable String code, @PathVariable String lot, HttpServletRequest request) {
        return svg(url(request, publicProduct(code), lot(code, lot)));
    }

    @GetMapping("/t/{code}/{lot}/qr.png")
    ResponseEntity<byte[]> lotPng(@PathVariable String code, @PathVariable String lot, HttpServletRequest request) {
        return png(url(request, publicProduct(code), lot(code, lot)));
    }

    /** The absolute address a QR code carries. */
    static String url(String base, Product product, @Nullable Batch batch) {
        return base + "/t/" + product.code() + (batch == null ? "" : "/" + batch.lot());
    }

    private String url(HttpServletRequest request, Product product, @Nullable Batch batch) {
        return url(baseUrl.of(request), product, batch);
    }

    private String page(Product product, @Nullable Batch batch, Model model) {
        Actor actor = actors.find(product.actorId()).orElseThrow(() -> new NotFoundException("product.notFound"));
        Territory commune = territories.byId(actor.communeId()).orElseThrow();
        model.addAttribute("product", product);
        model.addAttribute("batch", batch);
        model.addAttribute("actor", actor);
        model.addAttribute("commune", commune);
        model.addAttribute(
                "province",
                territories
                        .containing(commune.id(), ma.tadamon.geo.TerritoryLevel.PROVINCE)
                        .orElse(null));
        model.addAttribute("valueChain", actors.valueChain(product.valueChain()).orElse(null));
        model.addAttribute("labels", credentials.shownOfProduct(actor.id(), product.id()));
        model.addAttribute("photos", media.photos(product.id()));
        model.addAttribute("qrPath", "/t/" + product.code() + (batch == null ? "" : "/" + batch.lot()) + "/qr.svg");
        return "catalog/trace";
    }

    private Product publicProduct(String code) {
        return products.findByCode(code)
                .filter(p -> p.status() != ma.tadamon.catalog.ProductStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("product.notFound"));
    }

    private Batch lot(String code, String lot) {
        return batches.find(publicProduct(code).id(), lot)
                .orElseThrow(() -> new NotFoundException("trace.lotNotFound"));
    }

    private static ResponseEntity<String> svg(String url) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrCode.of(url).svg());
    }

    private static ResponseEntity<byte[]> png(String url) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrCode.of(url).png(8));
    }
}
