package ma.tadamon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor finds a product in the Arabic catalogue and opens its traceability page, QR code included. */
@IntegrationTest
class CatalogBrowserIT {

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

    @Test
    void fromTheArabicCatalogueToATraceabilityPageWithItsQrCode() {
        browser.get("http://localhost:" + port + "/products?q=" + "أركان");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        browser.findElement(By.linkText("زيت أركان غذائي")).click();
        assertThat(browser.getCurrentUrl()).contains("/t/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("زيت أركان غذائي");
        assertThat(browser.findElement(By.cssSelector("a.maker")).getText()).contains("تعاونية تيفاوين");
        assertThat(browser.findElement(By.cssSelector(".commune")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(".badge.label")))
                .extracting(WebElement::getText)
                .contains("بيان جغرافي محمي");
        WebElement qr = browser.findElement(By.cssSelector("img.qr-code"));
        Object width = browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", qr);
        assertThat(((Number) width).intValue()).isGreaterThan(0);
        Object scrolls = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(scrolls).isEqualTo(false);
    }
}
