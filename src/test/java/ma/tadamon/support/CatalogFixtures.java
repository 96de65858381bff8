package ma.tadamon.support;

import java.math.BigDecimal;
import java.util.UUID;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.NewVariant;
import ma.tadamon.catalog.Packaging;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;

/** Products, stores and stock made for a test, named by intent. */
public final class CatalogFixtures {

    private CatalogFixtures() {}

    /** A new active product of the actor with one variant at this price; returns the variant's id. */
    public static UUID variantOf(Products products, UUID actorId, String nameFr, String price) {
        UUID product = products.create(
                actorId,
                new NewProduct(
                        new LocalizedText(null, nameFr, null),
                        new LocalizedText(null, null, null),
                        "ARGAN",
                        Unit.L,
                        ProductStatus.ACTIVE));
        return products.addVariant(
                product,
                new NewVariant(
                        new LocalizedText(null, "250 ml", null),
                        new BigDecimal("0.25"),
                        Packaging.BOTTLE,
                        null,
                        new BigDecimal(price)));
    }

    /** A new store of the demo store operator at this commission rate. */
    public static UUID store(Locations locations, UUID operator, String rate) {
        return locations.createStore(
                operator,
                new LocalizedText(null, "Boutique test " + UUID.randomUUID(), null),
                null,
                new BigDecimal(rate));
    }

    /** The actor's goods received at its own place, then consigned to the store. */
    public static void consign(
            Locations locations, StockJournal stock, UUID actorId, UUID variant, UUID store, int quantity) {
        UUID own = locations.ofActor(actorId).id();
        stock.receive(own, variant, BigDecimal.valueOf(quantity), "production");
        stock.transfer(
                "CONSIGNMENT",
                actorId,
                own,
                store,
                java.util.List.of(new StockJournal.Move(variant, BigDecimal.valueOf(quantity))),
                null);
    }
}
