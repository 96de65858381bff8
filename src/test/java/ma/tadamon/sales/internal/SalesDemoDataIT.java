package ma.tadamon.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import ma.tadamon.catalog.DemoCatalogIds;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.DemoSalesIds;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo store and, once the catalogue's demo argan oil exists (made here when this branch runs
 * without the catalogue's demo data), five months of store sales that leave 40 bottles in the
 * store; loading again changes nothing.
 */
@IntegrationTest
class SalesDemoDataIT {

    @Autowired
    SalesDemoData demo;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    JdbcClient jdbc;

    long demoSales() {
        return jdbc.sql("select count(*) from sales_sale where location_id = ? and occurred_at < ?")
                .params(
                        DemoSalesIds.SOLIDARITY_STORE_AGADIR,
                        OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
                .query(Long.class)
                .single();
    }

    @Test
    void theStoreItsPeopleAndFiveMonthsOfSales() {
        Location store = locations.store(DemoSalesIds.SOLIDARITY_STORE_AGADIR);
        assertThat(store.partyId()).isEqualTo(DemoPartyIds.STORE_SOUSS_MASSA);
        assertThat(store.commissionRate()).isEqualByComparingTo("0.10");
        assertThat(store.communeId()).isNotNull();

        boolean withoutCatalogueDemo =
                products.variant(DemoCatalogIds.TIFAWIN_ARGAN_OIL_250).isEmpty();
        if (withoutCatalogueDemo) {
            UUID product = products.find(products.variant(
                                    CatalogFixtures.variantOf(products, DemoPartyIds.COOP_TIFAWIN, "Huile démo", "1"))
                            .orElseThrow()
                            .productId())
                    .orElseThrow()
                    .id();
            jdbc.sql("""
                            insert into catalog_variant (id, product_id, name_fr, quantity, packaging, barcode, price,
                              status, sort_order, created_at, updated_at)
                            values (?, ?, '250 ml', 0.25, 'BOTTLE', ?, 120.00, 'ACTIVE', 1, now(), now())""")
                    .params(DemoCatalogIds.TIFAWIN_ARGAN_OIL_250, product, DemoCatalogIds.barcode(1))
                    .update();
        }
        demo.load();
        long sales = demoSales();
        Instant oldest = jdbc.sql("select min(occurred_at) from sales_sale where location_id = ?")
                .param(DemoSalesIds.SOLIDARITY_STORE_AGADIR)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();

        assertThat(sales).isGreaterThan(150);
        assertThat(oldest).isBefore(Instant.now().minus(140, ChronoUnit.DAYS));
        if (withoutCatalogueDemo) {
            // what was consigned is what was sold plus the 40 bottles left on the shelf
            assertThat(stock.level(DemoSalesIds.SOLIDARITY_STORE_AGADIR, DemoCatalogIds.TIFAWIN_ARGAN_OIL_250))
                    .isEqualByComparingTo("40");
        }

        // monthly statements of the finished months: each one's gross is the ledger's, older ones paid
        long statements = jdbc.sql("select count(*) from sales_settlement where location_id = ?")
                .param(DemoSalesIds.SOLIDARITY_STORE_AGADIR)
                .query(Long.class)
                .single();
        assertThat(statements).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("""
                        select count(*) from sales_settlement st
                        where st.location_id = ? and st.gross <> (
                          select coalesce(sum(l.amount), 0) from sales_sale_line l
                          where l.location_id = st.location_id and l.seller_actor_id = st.actor_id
                            and l.occurred_at >= st.period_from::timestamp at time zone 'Africa/Casablanca'
                            and l.occurred_at < (st.period_to + 1)::timestamp at time zone 'Africa/Casablanca')""")
                        .param(DemoSalesIds.SOLIDARITY_STORE_AGADIR)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from sales_settlement where location_id = ? and paid_at is not null")
                        .param(DemoSalesIds.SOLIDARITY_STORE_AGADIR)
                        .query(Long.class)
                        .single())
                .isGreaterThan(0)
                .isLessThan(statements);

        demo.load();
        assertThat(demoSales()).as("idempotent").isEqualTo(sales);
        assertThat(jdbc.sql("select count(*) from sales_settlement where location_id = ?")
                        .param(DemoSalesIds.SOLIDARITY_STORE_AGADIR)
                        .query(Long.class)
                        .single())
                .isEqualTo(statements);
    }
}
