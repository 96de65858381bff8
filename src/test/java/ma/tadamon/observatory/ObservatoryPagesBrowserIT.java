package ma.tadamon.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The observatory's open pages in Arabic on a 360 px phone: nothing scrolls sideways, charts draw. */
@IntegrationTest
class ObservatoryPagesBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open("ar");
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void openPagesFitAPhoneInArabicAndDrawTheirCharts() throws Exception {
        for (String path : new String[] {
            "/observatory/data",
            "/observatory/indicators/registry.cooperatives?level=REGION",
            "/observatory/indicators/sales.amount?period=YEAR&by=channel",
            "/observatory/compare?indicator=sales.amount&territory=09&territory=03&a=2025&b=2026"
        }) {
            browser.get("http://localhost:" + port + path);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                    .isEqualTo("rtl");
            Object scrolls = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            if (!browser.findElements(By.cssSelector(".chart-block")).isEmpty()) {
                browser.executeScript("document.querySelector('.chart-block').scrollIntoView();");
            }
            String shot = path.replaceAll("[^a-z0-9]+", "-");
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "obs-shots", shot + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            assertThat(scrolls).as(path).isEqualTo(false);
            if (!path.equals("/observatory/data")) {
                assertThat(browser.findElements(By.cssSelector(".chart canvas")))
                        .as(path)
                        .isNotEmpty();
            }
        }
    }
}
