package ma.tadamon.catalog;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.ValueChain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and their variants: adding and changing them, and reading them — for the actor's pages,
 * the public catalogue, and the sales side, which asks for {@link SellableVariant}s by id or
 * barcode.
 */
@Service
@Transactional
public class Products {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String SELECT_PRODUCT = """
            select id, actor_id, code, name_ar, name_fr, name_en, description_ar, description_fr, description_en,
                   sector_code, value_chain_code, unit, status
            from catalog_product""";
    private static final String SELECT_VARIANT = """
            select id, product_id, name_ar, name_fr, name_en, quantity, packaging, barcode, price, status
            from catalog_variant""";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuditLog audit;

    Products(JdbcClient jdbc, Actors actors, AuditLog audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
    }

    public UUID create(UUID actorId, NewProduct product) {
        return create(UUID.randomUUID(), actorId, product);
    }

    /** With a given id: for demo data and imports that must be stable across loads. */
    public UUID create(UUID id, UUID actorId, NewProduct product) {
        actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        ValueChain chain = valueChain(product);
        validateName(product.name());
        OffsetDateTime now = now();
        jdbc.sql("""
                        insert into catalog_product (id, actor_id, code, name_ar, name_fr, name_en, description_ar,
                          description_fr, description_en, sector_code, value_chain_code, unit, status, created_at, updated_at,
                          search_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        actorId,
                        newCode(),
                        blank(product.name().ar()),
                        blank(product.name().fr()),
                        blank(product.name().en()),
                        blank(product.description().ar()),
                        blank(product.description().fr()),
                        blank(product.description().en()),
                        chain.sector(),
                        chain.code(),
                        product.unit().name(),
                        product.status().name(),
                        now,
                        now,
                        searchText(product.name()))
                .update();
        audit.record("CREATE", "product", id, null, product);
        return id;
    }

    public void update(UUID productId, NewProduct product) {
        Product before = find(productId).orElseThrow(() -> new NotFoundException("product.notFound"));
        ValueChain chain = valueChain(product);
        validateName(product.name());
        jdbc.sql("""
                        update catalog_product set name_ar = ?, name_fr = ?, name_en = ?, description_ar = ?,
                          description_fr = ?, description_en = ?, sector_code = ?, value_chain_code = ?, unit = ?,
                          status = ?, updated_at = ?, search_text = ?
                        where id = ?""")
                .params(
                        blank(product.name().ar()),
                        blank(product.name().fr()),
                        blank(product.name().en()),
                        blank(product.description().ar()),
                        blank(product.description().fr()),
                        blank(product.description().en()),
                        chain.sector(),
                        chain.code(),
                        product.unit().name(),
                        product.status().name(),
                        now(),
                        searchText(product.name()),
                        productId)
                .update();
        audit.record("UPDATE", "product", productId, withoutVariants(before), product);
    }

    public UUID addVariant(UUID productId, NewVariant variant) {
        return addVariant(UUID.randomUUID(), productId, variant);
    }

    /** With a given id: for demo data that other modules refer to ({@link DemoCatalogIds}). */
    public UUID addVariant(UUID id, UUID productId, NewVariant variant) {
        find(productId).orElseThrow(() -> new NotFoundException("product.notFound"));
        String barcode = barcode(variant.barcode(), null);
        validatePrice(variant.price());
        OffsetDateTime now = now();
        int order = jdbc.sql("select count(*) from catalog_variant where product_id = ?")
                .param(productId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into catalog_variant (id, product_id, name_ar, name_fr, name_en, quantity, packaging,
                          barcode, price, status, sort_order, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""")
                .params(
                        id,
                        productId,
                        blank(variant.name().ar()),
                        blank(variant.name().fr()),
                        blank(variant.name().en()),
                        variant.quantity(),
                        variant.packaging().name(),
                        barcode,
                        variant.price(),
                        order,
                        now,
                        now)
                .update();
        audit.record("CREATE", "variant", id, null, variant);
        return id;
    }

    public void updateVariant(UUID variantId, NewVariant variant, boolean active) {
        Variant before = variant(variantId).orElseThrow(() -> new NotFoundException("product.notFound"));
        String barcode = barcode(variant.barcode(), variantId);
        validatePrice(variant.price());
        jdbc.sql("""
                        update catalog_variant set name_ar = ?, name_fr = ?, name_en = ?, quantity = ?, packaging = ?,
                          barcode = ?, price = ?, status = ?, updated_at = ?
                        where id = ?""")
                .params(
                        blank(variant.name().ar()),
                        blank(variant.name().fr()),
                        blank(variant.name().en()),
                        variant.quantity(),
                        variant.packaging().name(),
                        barcode,
                        variant.price(),
                        active ? "ACTIVE" : "ARCHIVED",
                        now(),
                        variantId)
                .update();
        audit.record("UPDATE", "variant", variantId, before, variant);
    }

    @Transactional(readOnly = true)
    public Optional<Product> find(UUID id) {
        return jdbc.sql(SELECT_PRODUCT + " where id = ?")
                .param(id)
                .query(this::product)
                .optional()
                .map(this::withVariants);
    }

    @Transactional(readOnly = true)
    public Optional<Product> findByCode(String code) {
        return jdbc.sql(SELECT_PRODUCT + " where code = ?")
                .param(code.toUpperCase(java.util.Locale.ROOT))
                .query(this::product)
                .optional()
                .map(this::withVariants);
    }

    /** An actor's products, drafts and archived ones included when {@code all} (for its managers). */
    @Transactional(readOnly = true)
    public List<Product> ofActor(UUID actorId, boolean all) {
        List<Product> products = jdbc.sql(SELECT_PRODUCT + " where actor_id = ?" + (all ? "" : " and status = 'ACTIVE'")
                        + " order by coalesce(name_fr, name_ar)")
                .param(actorId)
                .query(this::product)
                .list();
        return withVariants(products, all);
    }

    @Transactional(readOnly = true)
    public Optional<Variant> variant(UUID variantId) {
        return jdbc.sql(SELECT_VARIANT + " where id = ?")
                .param(variantId)
                .query(VARIANTS)
                .optional();
    }

    /** The variants with these ids, with what a sale records; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, SellableVariant> sellable(Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        List<SellableRow> rows = jdbc.sql("""
                        select v.id, v.product_id, p.actor_id, p.value_chain_code, p.name_ar, p.name_fr, p.name_en,
                               v.name_ar as v_name_ar, v.name_fr as v_name_fr, v.name_en as v_name_en, p.unit,
                               v.barcode, v.price, (v.status = 'ACTIVE' and p.status = 'ACTIVE') as sellable
                        from catalog_variant v join catalog_product p on p.id = v.product_id
                        where v.id = any(?)""")
                .param(variantIds.toArray(UUID[]::new))
                .query(SELLABLE_ROWS)
                .list();
        return withActors(rows);
    }

    @Transactional(readOnly = true)
    public Optional<SellableVariant> sellableByBarcode(String barcode) {
        return jdbc.sql("select id from catalog_variant where barcode = ?")
                .param(barcode.trim())
                .query(UUID.class)
                .optional()
                .flatMap(id -> Optional.ofNullable(sellable(List.of(id)).get(id)));
    }

    private Map<UUID, SellableVariant> withActors(List<SellableRow> rows) {
        Map<UUID, Actor> sellers = new HashMap<>();
        for (Actor actor : actors.findAll(
                rows.stream().map(SellableRow::actorId).distinct().toList())) {
            sellers.put(actor.id(), actor);
        }
        Map<UUID, SellableVariant> result = new LinkedHashMap<>();
        for (SellableRow row : rows) {
            Actor seller = sellers.get(row.actorId());
            if (seller == null) {
                continue;
            }
            result.put(
                    row.variantId(),
                    new SellableVariant(
                            row.variantId(),
                            row.productId(),
                            row.actorId(),
                            seller.name(),
                            seller.communeId(),
                            row.valueChain(),
                            row.productName(),
                            row.variantName(),
                            row.unit(),
                            row.barcode(),
                            row.price(),
                            row.sellable()));
        }
        return result;
    }

    private record SellableRow(
            UUID variantId,
            UUID productId,
            UUID actorId,
            String valueChain,
            LocalizedText productName,
            LocalizedText variantName,
            Unit unit,
            String barcode,
            BigDecimal price,
            boolean sellable) {}

    private static final RowMapper<SellableRow> SELLABLE_ROWS = (rs, n) -> new SellableRow(
            rs.getObject("id", UUID.class),
            rs.getObject("product_id", UUID.class),
            rs.getObject("actor_id", UUID.class),
            rs.getString("value_chain_code"),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            new LocalizedText(rs.getString("v_name_ar"), rs.getString("v_name_fr"), rs.getString("v_name_en")),
            Unit.valueOf(rs.getString("unit")),
            rs.getString("barcode"),
            rs.getBigDecimal("price"),
            rs.getBoolean("sellable"));

    private static final RowMapper<Variant> VARIANTS = (rs, n) -> new Variant(
            rs.getObject("id", UUID.class),
            rs.getObject("product_id", UUID.class),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            rs.getBigDecimal("quantity"),
            Packaging.valueOf(rs.getString("packaging")),
            rs.getString("barcode"),
            rs.getBigDecimal("price"),
            "ACTIVE".equals(rs.getString("status")));

    private Product product(ResultSet rs, int n) throws SQLException {
        return new Product(
                rs.getObject("id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("code"),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                new LocalizedText(
                        rs.getString("description_ar"), rs.getString("description_fr"), rs.getString("description_en")),
                rs.getString("sector_code"),
                rs.getString("value_chain_code"),
                Unit.valueOf(rs.getString("unit")),
                ProductStatus.valueOf(rs.getString("status")),
                List.of());
    }

    private Product withVariants(Product product) {
        return withVariants(List.of(product), true).get(0);
    }

    private List<Product> withVariants(List<Product> products, boolean all) {
        if (products.isEmpty()) {
            return products;
        }
        Map<UUID, List<Variant>> byProduct = new HashMap<>();
        jdbc.sql(SELECT_VARIANT + " where product_id = any(?)" + (all ? "" : " and status = 'ACTIVE'")
                        + " order by sort_order, created_at")
                .param(products.stream().map(Product::id).toArray(UUID[]::new))
                .query(VARIANTS)
                .list()
                .forEach(v -> byProduct
                        .computeIfAbsent(v.productId(), k -> new ArrayList<>())
                        .add(v));
        return products.stream()
                .map(p -> new Product(
                        p.id(),
                        p.actorId(),
                        p.code(),
                        p.name(),
                        p.description(),
                        p.sector(),
                        p.valueChain(),
                        p.unit(),
                        p.status(),
                        List.copyOf(byProduct.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    private static Product withoutVariants(Product product) {
        return new Product(
                product.id(),
                product.actorId(),
                product.code(),
                product.name(),
                product.description(),
                product.sector(),
                product.valueChain(),
                product.unit(),
                product.status(),
                List.of());
    }

    private ValueChain valueChain(NewProduct product) {
        return actors.valueChain(product.valueChain())
                .orElseThrow(() -> new InvalidRequestException("valueChain", "validation.actor.valueChain"));
    }

    private static void validateName(LocalizedText name) {
        if (!name.hasArabicOrFrench()) {
            throw new InvalidRequestException("nameAr", "validation.name.arOrFr");
        }
    }

    private static void validatePrice(@Nullable BigDecimal price) {
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("price", "validation.price");
        }
    }

    /** The typed barcode checked (EAN-13 check digit, not used by another variant), else a new in-store one. */
    private String barcode(@Nullable String typed, @Nullable UUID variantId) {
        String code = blank(typed);
        if (code == null) {
            if (variantId != null) {
                return variant(variantId).orElseThrow().barcode();
            }
            long next = jdbc.sql("select nextval('catalog_internal_barcode_seq')")
                    .query(Long.class)
                    .single();
            return Barcodes.inStore(next);
        }
        code = code.replace(" ", "");
        if (!code.matches("[0-9A-Za-z-]{4,32}") || (code.matches("\\d{13}") && !Barcodes.isEan13(code))) {
            throw new InvalidRequestException("barcode", "validation.barcode");
        }
        boolean taken = jdbc.sql(
                        "select exists(select 1 from catalog_variant where barcode = ? and id is distinct from ?)")
                .params(code, variantId)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new InvalidRequestException("barcode", "validation.barcode.taken");
        }
        return code;
    }

    /** The names as the catalogue's search compares them (V17). */
    static String searchText(LocalizedText name) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {name.ar(), name.fr(), name.en()}) {
            if (part != null && !part.isBlank()) {
                text.append(' ').append(ma.tadamon.platform.SearchText.normalize(part));
            }
        }
        return text.toString().trim();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
