package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor opens the observatory in Arabic on a phone, drills down from the country to Souss-Massa,
 * one of its provinces and one of its communes by the links of the children's tables, switches to
 * French, and downloads the CSV of a chart shown on the page: its rows add up to the page's total.
 */
@IntegrationTest
class ObservatoryBrowserIT {

    @LocalServerPort
    int port;

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

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Follows a link and waits for the page it leads to. */
    void follow(WebElement link) {
        String target = link.getDomAttribute("href");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        waiting()
                .until(d -> d.getCurrentUrl().contains(path)
                        && "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** The link of the first child with actors in the children's table. */
    WebElement childWithActors() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#dash-children-rows tr[data-code]"));
        assertThat(rows).isNotEmpty();
        return rows.stream()
                .filter(r -> new BigDecimal(r.findElement(By.cssSelector("td.actors"))
                                        .getDomAttribute("data-value"))
                                .signum()
                        > 0)
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("th a"));
    }

    @Test
    void drillsDownFromTheCountryToACommuneInArabicThenDownloadsACsvInFrenchWhoseTotalMatchesThePage()
            throws Exception {
        browser.get(url("/observatory"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ar");
        // the regions' bubbles are drawn from the table, and the charts from theirs
        waiting().until(d -> d.findElements(By.cssSelector(".map[data-ready]")).size() == 1);
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector(".map")).getDomAttribute("data-ready")))
                .isPositive();
        waiting()
                .until(d -> !d.findElements(By.cssSelector("#dash-actors .chart canvas"))
                        .isEmpty());

        follow(browser.findElement(By.cssSelector("#dash-children-rows tr[data-code='09'] th a")));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("سوس");
        assertThat(browser.findElements(By.cssSelector(".breadcrumb li"))).hasSize(2);

        follow(childWithActors()); // a province
        assertThat(browser.findElements(By.cssSelector(".breadcrumb li"))).hasSize(3);

        follow(childWithActors()); // a commune
        assertThat(browser.findElements(By.cssSelector(".breadcrumb li"))).hasSize(4);
        assertThat(browser.findElements(By.id("dash-children-title"))).isEmpty();
        String commune = browser.getCurrentUrl();

        follow(browser.findElement(By.cssSelector("nav.languages a[hreflang='fr']")));
        assertThat(browser.getCurrentUrl()).startsWith(commune.substring(0, commune.indexOf('?')));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("ltr");
        assertThat(browser.findElement(By.id("dash-figures-title")).getText()).isEqualTo("Chiffres clés");

        // readable at 360 px: nothing makes the page scroll sideways
        browser.manage().window().setSize(new Dimension(360, 800));
        waiting().until(d -> (Boolean)
                browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;"));

        WebElement csvLink = browser.findElement(By.cssSelector("#dash-actors a[download]"));
        String csv = (String) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                csvLink.getDomProperty("href"));
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        assertThat(lines[0]).endsWith(",value");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < lines.length; i++) {
            sum = sum.add(new BigDecimal(lines[i].substring(lines[i].lastIndexOf(',') + 1)));
        }
        BigDecimal shown = new BigDecimal(browser.findElement(By.xpath(
                        "//figure[@id='dash-actors']/following-sibling::p//strong[contains(@class, 'chart-total')]"))
                .getDomAttribute("data-value"));
        BigDecimal actors = new BigDecimal(
                browser.findElement(By.cssSelector("#fig-actors strong")).getDomAttribute("data-value"));
        assertThat(sum).isPositive().isEqualByComparingTo(shown).isEqualByComparingTo(actors);
    }
}
