package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import ma.tadamon.catalog.Credentials;
import ma.tadamon.catalog.NewCredential;
import ma.tadamon.catalog.NewProduct;
import ma.tadamon.catalog.ProductStatus;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.Unit;
import ma.tadamon.geo.Territories;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.NewAccount;
import ma.tadamon.identity.Roles;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.NewActor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editions, applicants and their products made for a test, named by intent. */
class CallFixtures {

    static final String AOURIR = "09.001.07.03";
    static final String TAOUNATE = "03.531.01.05";

    final Editions editions;
    final Actors actors;
    final Products products;
    final Credentials credentials;
    final Territories territories;
    final Accounts accounts;
    final JdbcClient jdbc;

    CallFixtures(
            Editions editions,
            Actors actors,
            Products products,
            Credentials credentials,
            Territories territories,
            Accounts accounts,
            JdbcClient jdbc) {
        this.editions = editions;
        this.actors = actors;
        this.products = products;
        this.credentials = credentials;
        this.territories = territories;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long region(String code) {
        return territories.byCode(code).orElseThrow().id();
    }

    /** An edition of Souss-Massa (or the given region) with its call open until next month. */
    UUID openCallIn(String regionCode, int stands, Edition.Quotas quotas, boolean otherRegions) {
        UUID id = editions.create(new NewEdition(
                new LocalizedText("سوق تضامني " + tag(), "Souk test " + tag(), null),
                2,
                region(regionCode),
                new LocalizedText(null, "Place Al Amal", null),
                LocalDate.now().plusMonths(2),
                LocalDate.now().plusMonths(2).plusDays(6),
                null,
                null,
                4000,
                new LocalizedText(null, "Acheter solidaire", null),
                Instant.now().plus(30, ChronoUnit.DAYS),
                otherRegions,
                stands,
                quotas));
        editions.changeStatus(id, EditionStatus.CALL_OPEN);
        return id;
    }

    /** An active actor of this commune with one active product of the value chain (food ones need a credential). */
    Applicant applicant(String communeCode, String valueChain, boolean womenLed, boolean youthLed) {
        String name = "Coop test " + tag();
        UUID actor = actors.register(NewActor.of(
                        ActorType.COOPERATIVE,
                        "تعاونية " + name,
                        name,
                        valueChain,
                        territories.byCode(communeCode).orElseThrow().id()))
                .id();
        jdbc.sql("update registry_actor set women_led = ?, youth_led = ? where party_id = ?")
                .params(womenLed, youthLed, actor)
                .update();
        UUID product = products.create(
                actor,
                new NewProduct(
                        new LocalizedText(null, "Produit " + name, null),
                        new LocalizedText(null, null, null),
                        valueChain,
                        Unit.PIECE,
                        ProductStatus.ACTIVE));
        return new Applicant(actor, product, name);
    }

    /** A verified ONSSA authorisation of the actor, valid from last year to the next. */
    void sanitaryCredential(UUID actor) {
        UUID id = credentials.declare(
                actor,
                new NewCredential(
                        "ONSSA_AUTHORISATION",
                        null,
                        null,
                        "AS-T-" + tag(),
                        LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(1)),
                null);
        credentials.verify(id, null);
    }

    /** A manager's account for the actor, in this language; returns its e-mail. */
    String manager(UUID actor, String locale) {
        String email = "manager-" + tag() + "@test.ma";
        accounts.create(new NewAccount("Manager " + email, email, null, locale, Roles.COOP_MANAGER, actor, null), null);
        return email;
    }

    NewApplication showing(Applicant applicant) {
        return new NewApplication(java.util.List.of(applicant.product()), BigDecimal.valueOf(9), false, false, null);
    }

    record Applicant(UUID actor, UUID product, String name) {}
}
