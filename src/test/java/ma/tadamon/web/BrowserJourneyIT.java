package ma.tadamon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The foundation's main journey in a real browser, on a phone-sized window. */
@IntegrationTest
class BrowserJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open("ar");
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

    @Test
    void arabicHomeThenFrenchThenAdminCreatesAUser() {
        browser.get(url("/"));
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("تضامن");
        // the page is laid out right to left: the brand sits on the right of a 412px screen
        WebElement brand = browser.findElement(By.cssSelector(".brand"));
        assertThat(brand.getRect().getX()).isGreaterThan(150);
        assertThat(noHorizontalScroll()).isTrue();

        browser.findElement(By.cssSelector(".languages a[hreflang='fr']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("fr");

        browser.findElement(By.linkText("Se connecter")).click();
        browser.findElement(By.id("identifier")).sendKeys("admin@tadamon.ma");
        browser.findElement(By.id("password")).sendKeys("tadamon-demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        assertThat(browser.findElement(By.linkText("Administration")).isDisplayed())
                .isTrue();

        browser.findElement(By.linkText("Administration")).click();
        browser.findElement(By.linkText("Utilisateurs")).click();
        browser.findElement(By.linkText("Nouvel utilisateur")).click();
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ma";
        browser.findElement(By.id("displayName")).sendKeys("Nadia Organisatrice");
        browser.findElement(By.id("email")).sendKeys(email);
        new Select(browser.findElement(By.id("role"))).selectByValue("ORGANISER");
        new Select(browser.findElement(By.id("territoryId"))).selectByVisibleText("Souss-Massa");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Nadia Organisatrice"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("invitation");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Organisateur de salons")
                .contains("Souss-Massa");
        assertThat(jdbc.sql("select count(*) from identity_account where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void territoryPageDrawsItsChartBesideTheTable() {
        browser.get(url("/territories/10?lang=fr"));
        assertThat(browser.findElement(By.cssSelector("#children-chart .chart canvas"))
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("#children-chart-table tbody tr")))
                .hasSize(4);
        assertThat(browser.findElement(By.cssSelector("#children-chart a[download]"))
                        .getDomAttribute("href"))
                .isEqualTo("/territories/10/children.csv");
    }

    @Test
    void directoryInArabicFiltersByRegionShowsTheMapAndOpensAProfile() {
        browser.get(url("/directory"));
        new Select(browser.findElement(By.id("territory"))).selectByValue("10");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("territory=10"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.findElements(By.cssSelector("#actor-list li"))).hasSizeGreaterThanOrEqualTo(4);
        // the map is drawn from the list, one marker per actor, even without tiles
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".map")).getDomAttribute("data-ready") != null);
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".map")).getDomAttribute("data-ready")))
                .isEqualTo(
                        browser.findElements(By.cssSelector("#actor-list li")).size());
        var markers = browser.findElements(By.cssSelector(".map path.leaflet-interactive"));
        assertThat(markers).isNotEmpty();
        var map = browser.findElement(By.cssSelector(".map")).getRect();
        // every marker is drawn inside the map's box: the map fits the results it lists
        assertThat(markers).allSatisfy(marker -> {
            var box = marker.getRect();
            assertThat(box.getX()).isBetween(map.getX(), map.getX() + map.getWidth());
            assertThat(box.getY()).isBetween(map.getY(), map.getY() + map.getHeight());
        });

        browser.findElement(By.linkText("تعاونية أسرير للنسيج")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "تعاونية أسرير للنسيج"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("تسيرها نساء")
                .contains("أسرير");
        assertThat(noHorizontalScroll()).isTrue();
    }

    boolean noHorizontalScroll() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }
}
