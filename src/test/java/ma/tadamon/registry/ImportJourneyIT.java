package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A registrar imports a province's spreadsheet in a real browser, in Arabic, on a phone-sized window. */
@IntegrationTest
class ImportJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Actors actors;

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

    @Test
    void registrarUploadsChecksTheGuessedColumnsAndFollowsTheProgressToTheReport() throws Exception {
        String tag = "j" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("province-", ".csv");
        // a province's spreadsheet: 1,000 rows of which exactly 3 are bad (lines 101, 502 and 903)
        StringBuilder rows = new StringBuilder("الاسم;Nom;Filière;Commune;N° d'immatriculation\n");
        String[] chains = {"Dattes", "Miel", "Tissage", "Argane", "Couscous"};
        for (int i = 1; i <= 1000; i++) {
            String commune = i == 100 ? "" : "10.261.03.11";
            String chain = i == 501 ? "Uranium" : chains[i % chains.length];
            String number = i == 902 ? "" : "RC-" + tag + "-" + i;
            String nameFr = i == 902 ? "" : "Coopérative Al Waha " + tag + " " + i;
            String nameAr = i == 902 ? "" : "تعاونية الواحة " + tag + " " + i;
            rows.append(String.join(";", nameAr, nameFr, chain, commune, number))
                    .append('\n');
        }
        Files.writeString(csv, rows.toString(), StandardCharsets.UTF_8);
        browser.get(url("/login"));
        browser.findElement(By.id("identifier")).sendKeys(RegistryImportIT.REGISTRAR);
        browser.findElement(By.id("password")).sendKeys("tadamon-demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/$"));

        browser.get(url("/directory"));
        browser.findElement(By.cssSelector("a[href='/registry/import/actors']")).click();
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("column-0")));
        assertThat(new Select(browser.findElement(By.id("column-0")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("nameAr");
        assertThat(new Select(browser.findElement(By.id("column-1")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("nameFr");
        assertThat(new Select(browser.findElement(By.id("column-4")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("registrationNumber");
        assertThat(noHorizontalScroll())
                .as("wide tables scroll in their own region")
                .isTrue();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        // the report replaces the progress bar when the job is done (htmx polling, no reload)
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job .figures")));
        var figures = browser.findElements(By.cssSelector("#job .figures strong"));
        assertThat(figures.get(0).getText()).as("created").isEqualTo("997");
        assertThat(figures.get(2).getText()).as("rejected").isEqualTo("3");
        assertThat(browser.findElements(By.cssSelector("#job table.rejections tbody tr")))
                .extracting(row -> row.findElement(By.tagName("td")).getText())
                .containsExactly("101", "502", "903");
        assertThat(browser.findElement(By.cssSelector("#job")).getText())
                .contains("الأسطر المرفوضة")
                .contains("العمود Commune فارغ.");
        assertThat(noHorizontalScroll()).isTrue();
        assertThat(actors.findByRegistrationNumberOrIce("RC-" + tag + "-1", null))
                .isPresent();
        assertThat(actors.findByRegistrationNumberOrIce("RC-" + tag + "-1000", null))
                .isPresent();
        assertThat(actors.findByRegistrationNumberOrIce("RC-" + tag + "-100", null))
                .isEmpty();
        Files.deleteIfExists(csv);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    boolean noHorizontalScroll() {
        return Boolean.TRUE.equals(browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
    }
}
