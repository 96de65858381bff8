package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The founder's journey in Arabic on a phone-sized browser: she opens an account, starts the
 * request, leaves mid-way, resumes on another device, submits; the registrar approves and records
 * the registration; the cooperative appears in the directory and on its map.
 */
@IntegrationTest
class CreationBrowserIT {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void waitFor(WebDriver browser, By element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    static void signIn(WebDriver browser, String url, String identifier, String password) {
        browser.get(url);
        browser.findElement(By.id("identifier")).sendKeys(identifier);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(browser, By.cssSelector("a[href='/account']"));
    }

    static void saveAndContinue(WebDriver browser) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("button[name=then][value=next]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().equals(before));
    }

    @Test
    void founderCreatesACooperativeInArabicResumesOnAnotherDeviceAndTheRegistrarRegistersIt() throws Exception {
        String email = "browser-founder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ma";
        String name = "تعاونية الواحة للتمور " + UUID.randomUUID().toString().substring(0, 4);
        String requestUrl;
        ChromeDriver phone = Browser.open("ar");
        try {
            phone.get(url("/signup"));
            assertThat(phone.findElement(By.tagName("html")).getDomAttribute("dir"))
                    .isEqualTo("rtl");
            phone.findElement(By.id("displayName")).sendKeys("حنان المؤسسة");
            phone.findElement(By.id("identifier")).sendKeys(email);
            phone.findElement(By.id("password")).sendKeys("founder-pass-1");
            phone.findElement(By.id("confirm")).sendKeys("founder-pass-1");
            phone.findElement(By.cssSelector("main form button[type=submit]")).click();
            waitFor(phone, By.cssSelector("[role=status]"));
            signIn(phone, url("/login"), email, "founder-pass-1");

            phone.get(url("/creation"));
            phone.findElement(By.cssSelector("main form button[type=submit]")).click();
            waitFor(phone, By.id("nameAr"));
            requestUrl = phone.getCurrentUrl().replaceAll("/step/1.*$", "");
            phone.findElement(By.id("nameAr")).sendKeys(name);
            phone.findElement(By.id("nameFr")).sendKeys("Coopérative Al Waha des dattes");
            phone.findElement(By.cssSelector("button[name=then][value=next]")).click();
            // similar names are advice: shown once, then "continue" goes on
            if (!phone.getCurrentUrl().contains("/step/2")) {
                waitFor(phone, By.id("similar-title"));
                saveAndContinue(phone);
            }
            phone.findElement(By.id("object")).sendKeys("إنتاج وتلفيف التمور");
            new Select(phone.findElement(By.id("valueChain"))).selectByValue("DATES");
            new Select(phone.findElement(By.id("communeId"))).selectByVisibleText("تغجيجت");
            saveAndContinue(phone);
            String[][] founders = {{"خديجة أوبها", "F", "1984", "PRESIDENT"}, {"فاطمة إدعلي", "F", "1991", "TREASURER"}
            };
            for (int i = 0; i < founders.length; i++) {
                phone.findElement(By.id("founders" + i + ".fullName")).sendKeys(founders[i][0]);
                new Select(phone.findElement(By.id("founders" + i + ".gender"))).selectByValue(founders[i][1]);
                phone.findElement(By.id("founders" + i + ".birthYear")).sendKeys(founders[i][2]);
                new Select(phone.findElement(By.id("founders" + i + ".role"))).selectByValue(founders[i][3]);
            }
            phone.findElement(By.cssSelector("button[name=then][value=stay]")).click();
            waitFor(phone, By.cssSelector(".steps [role=status]"));
        } finally {
            phone.quit(); // the connection is lost; the phone is gone
        }

        ChromeDriver other = Browser.open("ar");
        try {
            signIn(other, url("/login"), email, "founder-pass-1");
            other.get(url("/creation"));
            other.findElement(By.linkText(name)).click();
            other.get(requestUrl + "/step/3");
            assertThat(other.findElement(By.id("founders1.fullName")).getDomProperty("value"))
                    .isEqualTo("فاطمة إدعلي");
            String[][] more = {{"عائشة بوهو", "F", "1999"}, {"رقية أزناگ", "F", "2001"}, {"محمد أوسالم", "M", "1975"}};
            for (int i = 0; i < more.length; i++) {
                int row = i + 2;
                other.findElement(By.id("founders" + row + ".fullName")).sendKeys(more[i][0]);
                new Select(other.findElement(By.id("founders" + row + ".gender"))).selectByValue(more[i][1]);
                other.findElement(By.id("founders" + row + ".birthYear")).sendKeys(more[i][2]);
            }
            saveAndContinue(other);
            other.findElement(By.id("shareValue")).clear();
            other.findElement(By.id("shareValue")).sendKeys("200");
            saveAndContinue(other);
            other.findElement(By.id("accepted1")).click();
            saveAndContinue(other);
            other.findElement(By.id("date")).sendKeys("15102026");
            other.findElement(By.id("place")).sendKeys("تغجيجت");
            saveAndContinue(other);
            Path pdf = Files.createTempFile("tadamon-", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n%%EOF");
            for (String kind : new String[] {"NAME_CERTIFICATE", "FOUNDER_ID", "SIGNED_STATUTES", "BANK_CERTIFICATE"}) {
                new Select(other.findElement(By.id("kind"))).selectByValue(kind);
                other.findElement(By.id("file")).sendKeys(pdf.toString());
                other.findElement(By.cssSelector("form[enctype] button[type=submit]"))
                        .click();
                waitFor(other, By.xpath("//ul[contains(@class,'documents')]/li[" + (indexOf(kind) + 1) + "]"));
            }
            other.get(requestUrl);
            other.findElement(By.cssSelector("form[action$='/submit'] button")).click();
            waitFor(other, By.cssSelector("[role=status]"));
            assertThat(other.findElement(By.tagName("main")).getText()).contains("مودع لدى مصلحة السجل");
        } finally {
            other.quit();
        }

        ChromeDriver registrar = Browser.open("fr");
        try {
            signIn(registrar, url("/login"), "registrar@tadamon.ma", "tadamon-demo");
            registrar.get(url("/registry/requests"));
            registrar.findElement(By.linkText("Coopérative Al Waha des dattes")).click();
            registrar
                    .findElement(By.cssSelector("form[action$='/approve'] button"))
                    .click();
            waitFor(registrar, By.id("registrationNumber"));
            registrar.findElement(By.id("registrationNumber")).sendKeys("GLM-2026-42");
            registrar.findElement(By.id("court")).sendKeys("Tribunal de première instance de Guelmim");
            registrar
                    .findElement(By.cssSelector("form[action$='/register'] button"))
                    .click();
            new WebDriverWait(registrar, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/actors/"));
            assertThat(registrar.findElement(By.tagName("h1")).getText()).isEqualTo("Coopérative Al Waha des dattes");

            registrar.get(url(
                    "/directory?lang=ar&territory=10.261&q=" + java.net.URLEncoder.encode("الواحة للتمور", "UTF-8")));
            assertThat(registrar.findElement(By.id("actor-list")).getText()).contains(name);
            new WebDriverWait(registrar, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector(".map")).getDomAttribute("data-ready") != null);
            assertThat(registrar.findElements(By.cssSelector(".map path.leaflet-interactive")))
                    .isNotEmpty();
        } finally {
            registrar.quit();
        }
    }

    static int indexOf(String kind) {
        return java.util.List.of("NAME_CERTIFICATE", "FOUNDER_ID", "SIGNED_STATUTES", "BANK_CERTIFICATE")
                .indexOf(kind);
    }
}
