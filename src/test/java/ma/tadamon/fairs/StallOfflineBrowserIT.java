package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.Browser;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.FairFixtures;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stall app in a real browser on a phone-sized window: the phone registers by the stall's
 * code, its service worker takes over, the network goes away, two sales are made and kept on the
 * phone (still there after reloading the page offline), then the network comes back and the
 * sales reach the ledger once, taking the stall's stock down.
 */
@IntegrationTest
class StallOfflineBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    StallDevices devices;

    @Autowired
    Territories territories;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void sellsOfflineThenSyncsEachSaleOnceWhenTheNetworkReturns() {
        UUID edition = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        UUID stall = exhibitors.admit(edition, DemoPartyIds.COOP_TIFAWIN, null).locationId();
        String name = "Amlou foire " + UUID.randomUUID().toString().substring(0, 6);
        UUID amlou = CatalogFixtures.variantOf(products, DemoPartyIds.COOP_TIFAWIN, name, "65.50");
        FairFixtures.stockAtStall(locations, stock, DemoPartyIds.COOP_TIFAWIN, amlou, stall, 10);
        String code = devices.startPairing(edition, stall, "Téléphone test").code();

        browser.get("http://localhost:" + port + "/pos/app?lang=fr&pair=" + code);
        waiting().until(d -> browser.findElement(By.id("stall-sell")).isDisplayed());
        assertThat(browser.findElement(By.id("stall-place")).getText()).contains("Tifawin");
        // The service worker controls the page and keeps the app's page for offline use.
        waiting()
                .until(d -> Boolean.TRUE.equals(
                        browser.executeScript("return navigator.serviceWorker.controller !== null")));
        waiting()
                .until(d -> Boolean.TRUE.equals(browser.executeAsyncScript(
                        "var done = arguments[0]; caches.match('/pos/app').then(function (r) { done(!!r); });")));
        waiting().until(d -> waitingCount() == 0);

        offline(true);
        waiting()
                .until(d ->
                        browser.findElement(By.id("stall-network")).getText().contains("Hors ligne"));
        sell(name, 2);
        sell(name, 1);
        waiting().until(d -> waitingCount() == 2);
        assertThat(ledgerCount(stall)).isZero();

        // Offline, the page reloads from the service worker and the two sales are still waiting.
        browser.navigate().refresh();
        waiting().until(d -> browser.findElement(By.id("stall-sell")).isDisplayed());
        waiting().until(d -> waitingCount() == 2);
        assertThat(ledgerCount(stall)).isZero();

        offline(false);
        waiting().withTimeout(Duration.ofSeconds(40)).until(d -> waitingCount() == 0);
        waiting().until(d -> ledgerCount(stall) == 2);
        assertThat(jdbc.sql("select sum(total) from sales_sale where location_id = ?")
                        .param(stall)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("196.50");
        assertThat(stock.level(stall, amlou)).isEqualByComparingTo("7");
        assertThat(browser.findElements(By.cssSelector("#stall-journal-rows tr[data-state=SYNCED]")))
                .hasSize(2);

        // Sending again (a second tab, a retry) changes nothing.
        browser.findElement(By.id("stall-sync-now")).click();
        waiting().until(d -> waitingCount() == 0);
        assertThat(ledgerCount(stall)).isEqualTo(2);
    }

    private void sell(String product, int quantity) {
        browser.findElement(By.id("stall-search")).clear();
        browser.findElement(By.id("stall-search")).sendKeys(product);
        for (int i = 0; i < quantity; i++) {
            waiting()
                    .until(d -> browser.findElement(By.cssSelector("#stall-products .stall-product"))
                            .isDisplayed());
            browser.findElement(By.cssSelector("#stall-products .stall-product"))
                    .click();
        }
        browser.findElement(By.id("stall-pay")).click();
        waiting().until(d -> browser.findElement(By.id("stall-receipt")).isDisplayed());
        assertThat(browser.findElement(By.id("stall-receipt-head")).getText()).contains("Vente n°");
        browser.findElement(By.id("stall-next")).click();
        waiting().until(d -> browser.findElement(By.id("stall-sell")).isDisplayed());
    }

    private void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            browser.setNetworkConditions(conditions);
        } else {
            browser.deleteNetworkConditions();
        }
    }

    private int waitingCount() {
        String waiting = browser.findElement(By.id("stall-waiting")).getDomAttribute("data-waiting");
        return waiting == null ? -1 : Integer.parseInt(waiting);
    }

    private long ledgerCount(UUID stall) {
        return jdbc.sql("select count(*) from sales_sale where location_id = ?")
                .param(stall)
                .query(Long.class)
                .single();
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        return wait;
    }
}
