package ma.tadamon.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewEdition;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;

/** Editions, stalls and stock made for a test, named by intent. */
public final class FairFixtures {

    private FairFixtures() {}

    /** A new edition in the Souss-Massa region (code 09), moved on to the given status. */
    public static UUID editionInSoussMassa(Editions editions, Territories territories, EditionStatus status) {
        return edition(editions, territories, "09", status);
    }

    public static UUID edition(Editions editions, Territories territories, String territoryCode, EditionStatus status) {
        long territory = territories.byCode(territoryCode).orElseThrow().id();
        LocalDate start = LocalDate.now().minusDays(1);
        UUID id = editions.create(new NewEdition(
                new LocalizedText(
                        "سوق تجريبي",
                        "Marché test " + UUID.randomUUID().toString().substring(0, 8),
                        null),
                1,
                territory,
                new LocalizedText(null, "Place test", null),
                start,
                start.plusDays(6),
                null,
                null,
                4000,
                new LocalizedText(null, null, null),
                null,
                false,
                150,
                Edition.Quotas.NONE));
        List<EditionStatus> order = List.of(EditionStatus.values());
        for (EditionStatus next : order.subList(1, order.indexOf(status) + 1)) {
            editions.changeStatus(id, next);
        }
        return id;
    }

    /** Goods of the actor received at its own place, then moved to its stall. */
    public static void stockAtStall(
            Locations locations, StockJournal stock, UUID actorId, UUID variant, UUID stall, int quantity) {
        UUID own = locations.ofActor(actorId).id();
        stock.receive(own, variant, BigDecimal.valueOf(quantity), "production");
        stock.transfer(
                "MOVE",
                actorId,
                own,
                stall,
                List.of(new StockJournal.Move(variant, BigDecimal.valueOf(quantity))),
                null);
    }
}
