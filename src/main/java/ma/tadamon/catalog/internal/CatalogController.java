package ma.tadamon.catalog.internal;

import java.time.Duration;
import java.util.UUID;
import ma.tadamon.catalog.CatalogQuery;
import ma.tadamon.catalog.Catalogue;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.ProductMedia;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: search and filters, each product leading to its traceability page. */
@Controller
class CatalogController {

    private final Catalogue catalogue;
    private final ProductMedia media;
    private final Credentials credentials;
    private final Actors actors;
    private final Territories territories;

    CatalogController(
            Catalogue catalogue, ProductMedia media, Credentials credentials, Actors actors, Territories territories) {
        this.catalogue = catalogue;
        this.media = media;
        this.credentials = credentials;
        this.actors = actors;
        this.territories = territories;
    }

    @GetMapping("/products")
    String products(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String valueChain,
            @RequestParam(required = false) @Nullable String territory,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CatalogQuery query = new CatalogQuery(
                blank(q), blank(valueChain), blank(territory), blank(label), PageResult.page(page), 24);
        model.addAttribute("query", query);
        model.addAttribute("result", catalogue.search(query));
        model.addAttribute("valueChains", actors.valueChains());
        model.addAttribute("regions", territories.regions());
        model.addAttribute("labelTypes", credentials.labelTypes());
        return "catalog/products";
    }

    @GetMapping("/products/{id}/media/{mediaId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID mediaId) {
        byte[] content = media.content(id, mediaId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(content);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
