package ma.tadamon.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.tadamon.catalog.CatalogQuery;
import ma.tadamon.catalog.Catalogue;
import ma.tadamon.catalog.Credential;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.NewVariant;
import ma.tadamon.catalog.Packaging;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's API: public reading of products, label types and labels; writing by managers. */
@RestController
@Tag(name = "Catalogue", description = "Products of SSE actors, their variants and prices, labels and certifications")
class ProductApi {

    private final Products products;
    private final Catalogue catalogue;
    private final Credentials credentials;
    private final Actors actors;
    private final RegistryAccess access;

    ProductApi(Products products, Catalogue catalogue, Credentials credentials, Actors actors, RegistryAccess access) {
        this.products = products;
        this.catalogue = catalogue;
        this.credentials = credentials;
        this.actors = actors;
        this.access = access;
    }

    @GetMapping("/api/v1/products")
    @SecurityRequirements
    @Operation(
            operationId = "searchProducts",
            summary = "Search the public catalogue",
            description = "Active products of active actors. Names match in Arabic or French whatever the hamza,"
                    + " taa marbuta, diacritics, accents or case.")
    PageResult<ProductLine> search(
            @RequestParam(required = false) @Parameter(description = "Words of the name", example = "argane") @Nullable
                    String q,
            @RequestParam(required = false) @Parameter(description = "Value chain code, e.g. ARGAN") @Nullable
                    String valueChain,
            @RequestParam(required = false)
                    @Parameter(description = "Official code of the maker's region, province or commune", example = "09")
                    @Nullable
                    String territory,
            @RequestParam(required = false)
                    @Parameter(description = "Label type code held, verified and valid, e.g. IGP")
                    @Nullable
                    String label,
            @RequestParam(defaultValue = "0") @Parameter(description = "Page number, from 0") int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "Page size, at most 200") int size) {
        return catalogue
                .search(new CatalogQuery(q, valueChain, territory, label, PageResult.page(page), PageResult.size(size)))
                .map(c -> new ProductLine(
                        c.id(), c.code(), c.name().ar(), c.name().fr(), c.valueChain(), c.actorId(), c.priceFrom()));
    }

    @GetMapping("/api/v1/products/{id}")
    @SecurityRequirements
    @Operation(
            operationId = "getProduct",
            summary = "One product with its variants and prices",
            description = "Drafts are seen only by the actor's managers.")
    ProductDto one(@PathVariable @Parameter(description = "The product's id") UUID id) {
        Product product = products.find(id)
                .filter(p -> p.status() != ProductStatus.DRAFT || access.canManage(p.actorId()))
                .orElseThrow(() -> new NotFoundException("product.notFound"));
        return ProductDto.of(product);
    }

    @PostMapping("/api/v1/products")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createProduct", summary = "Add a product with its variants (the actor's managers)")
    ProductDto create(@RequestBody ProductInput input) {
        access.requireManage(input.actorId());
        UUID id = products.create(input.actorId(), input.toNewProduct());
        for (VariantInput variant : input.variants() == null ? List.<VariantInput>of() : input.variants()) {
            products.addVariant(id, variant.toNewVariant());
        }
        return ProductDto.of(products.find(id).orElseThrow());
    }

    @PutMapping("/api/v1/products/{id}")
    @Operation(
            operationId = "updateProduct",
            summary = "Change a product (the actor's managers)",
            description = "Names, descriptions, value chain, unit and status; variants are not changed here.")
    ProductDto update(
            @PathVariable @Parameter(description = "The product's id") UUID id, @RequestBody ProductInput input) {
        Product product = products.find(id).orElseThrow(() -> new NotFoundException("product.notFound"));
        access.requireManage(product.actorId());
        products.update(id, input.toNewProduct());
        return ProductDto.of(products.find(id).orElseThrow());
    }

    @GetMapping("/api/v1/label-types")
    @SecurityRequirements
    @Operation(operationId = "listLabelTypes", summary = "The kinds of labels and certifications")
    List<LabelTypeDto> labelTypes() {
        return credentials.labelTypes().stream()
                .map(t -> new LabelTypeDto(
                        t.code(),
                        t.family(),
                        t.name().ar(),
                        t.name().fr(),
                        t.name().en(),
                        t.issuerAr(),
                        t.issuerFr()))
                .toList();
    }

    @GetMapping("/api/v1/actors/{id}/credentials")
    @SecurityRequirements
    @Operation(
            operationId = "listActorCredentials",
            summary = "An actor's labels and certifications",
            description = "Only those a label verifier verified and that are valid today, the actor's own and its"
                    + " products'.")
    List<CredentialDto> credentials(@PathVariable @Parameter(description = "The actor's id") UUID id) {
        actors.find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        return credentials.shownOfActor(id).stream().map(CredentialDto::of).toList();
    }

    @Schema(name = "ProductLine")
    record ProductLine(
            UUID id,
            String code,
            @Nullable String nameAr,
            @Nullable String nameFr,
            String valueChain,
            UUID actorId,

            @Schema(description = "Lowest price of its active variants, in MAD") @Nullable
            BigDecimal priceFrom) {}

    @Schema(name = "Product")
    record ProductDto(
            UUID id,
            UUID actorId,
            String code,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable String descriptionAr,
            @Nullable String descriptionFr,
            @Nullable String descriptionEn,
            String sector,
            String valueChain,
            Unit unit,
            ProductStatus status,
            List<VariantDto> variants) {

        static ProductDto of(Product p) {
            return new ProductDto(
                    p.id(),
                    p.actorId(),
                    p.code(),
                    p.name().ar(),
                    p.name().fr(),
                    p.name().en(),
                    p.description().ar(),
                    p.description().fr(),
                    p.description().en(),
                    p.sector(),
                    p.valueChain(),
                    p.unit(),
                    p.status(),
                    p.variants().stream()
                            .map(v -> new VariantDto(
                                    v.id(),
                                    v.name().ar(),
                                    v.name().fr(),
                                    v.quantity(),
                                    v.packaging(),
                                    v.barcode(),
                                    v.price(),
                                    v.active()))
                            .toList());
        }
    }

    @Schema(name = "Variant")
    record VariantDto(
            UUID id,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable BigDecimal quantity,
            Packaging packaging,
            String barcode,

            @Schema(description = "Price in MAD, exact to the centime", example = "120.00")
            BigDecimal price,

            boolean active) {}

    @Schema(name = "ProductInput")
    record ProductInput(
            UUID actorId,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            @Nullable String descriptionAr,
            @Nullable String descriptionFr,
            @Nullable String descriptionEn,
            String valueChain,
            Unit unit,
            @Nullable ProductStatus status,

            @Schema(description = "Variants to add (creation only)") @Nullable
            List<VariantInput> variants) {

        NewProduct toNewProduct() {
            return new NewProduct(
                    new LocalizedText(nameAr, nameFr, nameEn),
                    new LocalizedText(descriptionAr, descriptionFr, descriptionEn),
                    valueChain,
                    unit,
                    status == null ? ProductStatus.DRAFT : status);
        }
    }

    @Schema(name = "VariantInput")
    record VariantInput(
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable BigDecimal quantity,
            @Nullable Packaging packaging,

            @Schema(description = "EAN-13 or another code; blank: an in-store EAN-13 is given") @Nullable
            String barcode,

            @Schema(description = "Price in MAD, at most two decimals", example = "120.00")
            BigDecimal price) {

        NewVariant toNewVariant() {
            return new NewVariant(
                    new LocalizedText(nameAr, nameFr, null),
                    quantity,
                    packaging == null ? Packaging.NONE : packaging,
                    barcode,
                    price);
        }
    }

    @Schema(name = "LabelType")
    record LabelTypeDto(
            String code,
            String family,
            String nameAr,
            String nameFr,
            String nameEn,
            @Nullable String issuerAr,
            @Nullable String issuerFr) {}

    @Schema(name = "Credential")
    record CredentialDto(
            UUID id,
            String labelType,
            @Nullable UUID productId,
            String issuer,
            String number,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {

        static CredentialDto of(Credential c) {
            return new CredentialDto(
                    c.id(), c.type().code(), c.productId(), c.issuer(), c.number(), c.validFrom(), c.validTo());
        }
    }
}
