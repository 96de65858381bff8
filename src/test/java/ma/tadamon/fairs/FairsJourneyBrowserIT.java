package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import ma.tadamon.catalog.DemoCatalogIds;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser runs an edition from its creation to the selection, in a real browser on a
 * phone-sized window: creates the edition and opens its call; the Tifawin cooperative's manager
 * applies; the organiser scores, runs the selection under quotas and confirms; the public page
 * lists Tifawin among the exhibitors. Then the organiser lays out the floor plan and applies the
 * automatic placement (the public "who is where" shows Tifawin's stand), runs the fair (Tifawin's
 * phone syncs its offline sales; the organiser enters the footfall on the live dashboard), closes
 * it, and reads the closing report, whose figures and CSV match the ledger.
 */
@IntegrationTest
class FairsJourneyBrowserIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID ARGAN_OIL = DemoCatalogIds.product("tifawin-argan-oil");

    @LocalServerPort
    int port;

    @Autowired
    Territories territories;

    @Autowired
    Applications applications;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    FloorPlans floorPlans;

    @Autowired
    StallDevices devices;

    @Autowired
    ma.tadamon.sales.Locations locations;

    @Autowired
    ma.tadamon.sales.StockJournal stock;

    @Autowired
    ma.tadamon.catalog.Products products;

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

    void set(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        browser.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    void submit(WebElement button) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    /** Waits for the element to go with its page; chromedriver sometimes says so with an inspector error. */
    void waitUntilGone(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Submits and waits for the next page (a success message may already be on the current one). */
    void submitAndWait(WebElement button) {
        submit(button);
        waitUntilGone(button);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.success")));
    }

    @Test
    void fromTheCallForExhibitorsToTheClosingReport() throws Exception {
        String name = "Souk solidaire parcours " + UUID.randomUUID().toString().substring(0, 6);

        // The organiser of Souss-Massa creates the edition and opens its call.
        signIn("organiser@tadamon.ma");
        browser.get(url("/organise/fairs"));
        browser.findElement(By.id("nameFr")).sendKeys(name);
        browser.findElement(By.id("nameAr")).sendKeys("السوق التضامني");
        browser.findElement(By.id("editionNo")).clear();
        browser.findElement(By.id("editionNo")).sendKeys("2");
        new Select(browser.findElement(By.id("territoryId")))
                .selectByValue(
                        String.valueOf(territories.byCode("09").orElseThrow().id()));
        browser.findElement(By.id("venueFr")).sendKeys("Place Al Amal");
        set("startsOn", "2027-04-10");
        set("endsOn", "2027-04-16");
        set("callDeadline", "2027-03-01T18:00");
        browser.findElement(By.id("standTarget")).sendKeys("10");
        browser.findElement(By.id("quotaWomen")).sendKeys("30");
        submit(browser.findElement(By.cssSelector("form.form button[type=submit]")));
        waiting().until(ExpectedConditions.urlContains("created"));
        UUID edition = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/organise/fairs/([0-9a-f-]{36}).*", "$1"));
        assertThat(editions.get(edition).quotas().womenMin()).isEqualByComparingTo("0.3");
        submitAndWait(browser.findElement(By.id("to-CALL_OPEN")));
        assertThat(editions.get(edition).status()).isEqualTo(EditionStatus.CALL_OPEN);

        // Tifawin's manager applies with its argan oil.
        signIn("manager@tadamon.ma");
        browser.get(url("/manage/" + TIFAWIN));
        browser.findElement(By.cssSelector("a[href$='/manage/" + TIFAWIN + "/fairs']"))
                .click();
        submit(browser.findElement(By.id("apply-" + edition)));
        WebElement oil = browser.findElement(By.cssSelector("input[name=products][value='" + ARGAN_OIL + "']"));
        submit(oil);
        submitAndWait(browser.findElement(By.id("send-application")));
        assertThat(browser.findElement(By.id("my-applications")).getText()).contains(name);
        UUID application = applications.find(edition, TIFAWIN).orElseThrow().id();

        // The organiser closes the call, scores Tifawin on the grid, runs the selection and confirms.
        signIn("organiser@tadamon.ma");
        browser.get(url("/organise/fairs/" + edition));
        submitAndWait(browser.findElement(By.id("to-SELECTION")));
        browser.findElement(By.cssSelector("nav.tabs a[href$='/applications']")).click();
        for (String code : new String[] {"QUALITY", "LABELS", "INNOVATION", "FIRST_TIME", "EMPLOYMENT"}) {
            WebElement points = browser.findElement(By.id("s-" + application + "-" + code));
            points.clear();
            points.sendKeys("4");
        }
        submit(browser.findElement(By.cssSelector("#a-" + application + " form.scores button[type=submit]")));
        waiting()
                .until(d ->
                        d.findElement(By.id("total-" + application)).getText().contains("80"));
        browser.findElement(By.id("to-selection")).click();
        assertThat(browser.findElement(By.id("table-selected")).getText()).contains("Tifawin");
        submitAndWait(browser.findElement(By.id("confirm-selection")));
        assertThat(applications.get(application).status()).isEqualTo(ApplicationStatus.SELECTED);

        // Everyone sees Tifawin among the exhibitors.
        browser.manage().deleteAllCookies();
        browser.get(url("/fairs/" + editions.get(edition).slug()));
        assertThat(browser.findElement(By.id("exhibitors")).getText()).contains("Tifawin");
        Object scrolls = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(scrolls).isEqualTo(false);

        // Allocation: the organiser lays out a grid of stands and applies the automatic placement.
        signIn("organiser@tadamon.ma");
        browser.get(url("/organise/fairs/" + edition));
        submitAndWait(browser.findElement(By.id("to-ALLOCATION")));
        browser.get(url("/organise/fairs/" + edition + "/plan"));
        WebElement generate = browser.findElement(By.cssSelector("details.plan-generate"));
        if (generate.getDomAttribute("open") == null) {
            generate.findElement(By.tagName("summary")).click();
        }
        set("width", "40");
        set("depth", "30");
        set("stands", "12");
        submit(generate.findElement(By.cssSelector("button[type=submit]")));
        waitUntilGone(generate);
        browser.get(url("/organise/fairs/" + edition + "/plan?proposal=true"));
        WebElement apply = browser.findElement(By.cssSelector("form[action$='/plan/apply'] button[type=submit]"));
        submit(apply);
        waitUntilGone(apply);
        String stand = floorPlans.standOf(edition, TIFAWIN).orElseThrow().code();
        browser.get(url("/fairs/" + editions.get(edition).slug() + "/plan"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tifawin")
                .contains(stand);

        // The fair runs. Tifawin's phone sold offline on the first day and syncs; the organiser enters
        // the day's footfall on the live dashboard.
        browser.get(url("/organise/fairs/" + edition));
        submitAndWait(browser.findElement(By.id("to-RUNNING")));
        UUID stall = exhibitors.find(edition, TIFAWIN).orElseThrow().locationId();
        UUID oilVariant = DemoCatalogIds.TIFAWIN_ARGAN_OIL_250;
        ma.tadamon.support.FairFixtures.stockAtStall(locations, stock, TIFAWIN, oilVariant, stall, 20);
        java.math.BigDecimal price =
                products.sellable(java.util.List.of(oilVariant)).get(oilVariant).price();
        String token = devices.pair(devices.startPairing(edition, stall, "Téléphone du stand")
                        .code())
                .token();
        String sale = """
                {"sales":[{"clientId":"%s","seq":1,"occurredAt":"2027-04-10T11:30:00Z","payment":"CASH",\
                "lines":[{"variantId":"%s","quantity":3,"unitPrice":%s}]}]}""".formatted(UUID.randomUUID(), oilVariant, price.toPlainString());
        java.net.http.HttpResponse<String> synced = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/pos/sync")))
                                .header("Authorization", "Device " + token)
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(sale))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(synced.statusCode()).isEqualTo(200);
        assertThat(synced.body()).contains("RECORDED");
        java.math.BigDecimal total = price.multiply(java.math.BigDecimal.valueOf(3));

        browser.get(url("/organise/fairs/" + edition + "/live"));
        browser.findElement(By.id("entrance")).sendKeys("Porte principale");
        new Select(browser.findElement(By.id("day"))).selectByValue("2027-04-10");
        browser.findElement(By.id("visitors")).sendKeys("1200");
        submit(browser.findElement(By.cssSelector("#footfall form button[type=submit]")));
        waiting().until(d -> d.findElement(By.id("footfall-entries")).getText().contains("Porte principale"));

        // Closing: the report's figures are the ledger's, and so is its CSV.
        browser.get(url("/organise/fairs/" + edition));
        submitAndWait(browser.findElement(By.id("to-CLOSED")));
        assertThat(editions.get(edition).status()).isEqualTo(EditionStatus.CLOSED);
        browser.findElement(By.cssSelector("nav.tabs a[href$='/report']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/report"));
        assertThat(browser.findElement(By.id("report-exhibitor-count")).getDomAttribute("data-value"))
                .isEqualTo("1");
        assertThat(new java.math.BigDecimal(
                        browser.findElement(By.id("report-gross")).getDomAttribute("data-value")))
                .isEqualByComparingTo(total);
        assertThat(browser.findElement(By.id("report-visitors")).getDomAttribute("data-value"))
                .isEqualTo("1200");
        Object csv = browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                url("/organise/fairs/" + edition + "/report/figures.csv"));
        assertThat((String) csv).contains(total.setScale(2).toPlainString()).contains("1200");
    }
}
