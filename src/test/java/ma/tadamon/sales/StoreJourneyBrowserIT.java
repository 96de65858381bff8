package ma.tadamon.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.Browser;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The store's journey in a real browser on a phone-sized window: a cooperative consigns its goods
 * to the store, the cashier scans goods of two cooperatives into one basket, takes cash and prints
 * the receipt; both cooperatives see the sale in their revenue, and the store's statement for the
 * day is right to the centime.
 */
@IntegrationTest
class StoreJourneyBrowserIT {

    static final UUID STORE = DemoSalesIds.SOLIDARITY_STORE_AGADIR;
    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID DATES = DemoPartyIds.of("coop-tmour-taghjijt");

    @LocalServerPort
    int port;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open("fr");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void signIn(String identifier) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("identifier")).sendKeys(identifier);
        browser.findElement(By.id("password")).sendKeys("tadamon-demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void scan(String barcode) {
        browser.findElement(By.id("barcode")).sendKeys(barcode + Keys.ENTER);
    }

    String quantityOf(UUID variant) {
        return browser.findElement(By.id("q-" + variant)).getDomProperty("value");
    }

    @Test
    void aConsignmentThenOneBasketOfTwoCooperativesPaidInCashAndItsReceipt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID oil = CatalogFixtures.variantOf(products, TIFAWIN, "Huile parcours " + tag, "120.50");
        UUID dates = CatalogFixtures.variantOf(products, DATES, "Dattes parcours " + tag, "45.00");
        stock.receive(locations.ofActor(TIFAWIN).id(), oil, new BigDecimal("12"), "production");
        CatalogFixtures.consign(locations, stock, DATES, dates, STORE, 4);
        String oilCode = products.variant(oil).orElseThrow().barcode();
        String datesCode = products.variant(dates).orElseThrow().barcode();

        // The cooperative's manager sends 5 bottles to the store from the stock page.
        signIn("manager@tadamon.ma");
        browser.get(url("/manage/" + TIFAWIN + "/stock"));
        new Select(browser.findElement(By.id("consign-store"))).selectByValue(STORE.toString());
        browser.findElement(By.id("consign-" + oil)).sendKeys("5");
        browser.findElement(By.cssSelector("#consign-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.success")));
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("5");

        // The cashier scans two bottles and a box of dates: one basket, two cooperatives.
        signIn("cashier@tadamon.ma");
        browser.get(url("/store/" + STORE + "/pos"));
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("barcode");
        scan(oilCode);
        waiting().until(d -> "1".equals(quantityOf(oil)));
        scan(oilCode);
        waiting().until(d -> "2".equals(quantityOf(oil)));
        scan(datesCode);
        waiting().until(d -> "1".equals(quantityOf(dates)));
        assertThat(browser.findElement(By.id("pos-total")).getText()).containsPattern("286[,.]00");
        assertThat(browser.findElements(By.cssSelector(".pos-group"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".pos-total")).getDomAttribute("aria-live"))
                .isEqualTo("polite");

        browser.findElement(By.id("given")).sendKeys("300");
        assertThat(browser.findElement(By.id("change")).getText()).containsPattern("14[,.]00");
        browser.findElement(By.id("pay")).click();

        waiting().until(ExpectedConditions.urlContains("/receipts/"));
        assertThat(browser.findElement(By.id("receipt-total")).getText()).containsPattern("286[,.]00");
        assertThat(browser.findElement(By.id("receipt-change")).getText()).containsPattern("14[,.]00");
        assertThat(browser.findElement(By.id("receipt")).getText())
                .contains("Huile parcours")
                .contains("Dattes parcours")
                .contains("المجموع")
                .contains("Total");
        assertThat(stock.level(STORE, oil)).isEqualByComparingTo("3");
        assertThat(stock.level(STORE, dates)).isEqualByComparingTo("3");

        // Print calls window.print (replaced here: a headless browser has no printer).
        browser.executeScript("window.__printed = false; window.print = function () { window.__printed = true; };");
        browser.findElement(By.id("print")).click();
        assertThat(browser.executeScript("return window.__printed;")).isEqualTo(Boolean.TRUE);

        // Each cooperative sees its share in its revenue dashboard (product table beside the chart).
        signIn("manager@tadamon.ma");
        browser.get(url("/manage/" + TIFAWIN + "/revenue"));
        assertThat(rowOf("Huile parcours " + tag)).containsPattern("241[,.]00");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revenue-months .chart canvas")));
        signIn("manager2@tadamon.ma");
        browser.get(url("/manage/" + DATES + "/revenue"));
        assertThat(rowOf("Dattes parcours " + tag)).containsPattern("45[,.]00");

        // The store manager's statement for today, to the centime: 10 % of the gross, rounded half-up.
        signIn("store@tadamon.ma");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"))
                .toString();
        browser.get(url("/store/" + STORE + "/settlements?actorId=" + TIFAWIN + "&from=" + today + "&to=" + today));
        assertThat(rowOf("Huile parcours " + tag)).containsPattern("241[,.]00");
        BigDecimal gross =
                new BigDecimal(browser.findElement(By.id("preview-gross")).getDomAttribute("data-value"));
        BigDecimal commission =
                new BigDecimal(browser.findElement(By.id("preview-commission")).getDomAttribute("data-value"));
        BigDecimal net =
                new BigDecimal(browser.findElement(By.id("preview-net")).getDomAttribute("data-value"));
        assertThat(gross).isGreaterThanOrEqualTo(new BigDecimal("241.00"));
        assertThat(commission)
                .isEqualTo(gross.multiply(new BigDecimal("0.10")).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(net).isEqualTo(gross.subtract(commission));
        assertThat(gross)
                .as("the gross is the ledger's: every Tifawin line sold at the store today")
                .isEqualByComparingTo(jdbc.sql(
                                "select sum(amount) from sales_sale_line where location_id = ?"
                                        + " and seller_actor_id = ? and occurred_at >= ?::date::timestamp at time zone 'Africa/Casablanca'")
                        .params(STORE, TIFAWIN, today)
                        .query(BigDecimal.class)
                        .single());
    }

    /** The text of the table row whose header names this product. */
    String rowOf(String product) {
        return browser.findElements(By.cssSelector("tr")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .filter(text -> text.contains(product))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + product + " on " + browser.getCurrentUrl()));
    }
}
