package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.support.Browser;
import ma.tadamon.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The programme's journey on a phone-sized browser: a visitor without an account finds a training
 * in the programme and registers; the organiser ticks a participant present, saved as ticked.
 */
@IntegrationTest
class ProgrammeBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    @Autowired
    Programme programme;

    @Autowired
    Registrations registrations;

    @Autowired
    Territories territories;

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

    NewSession training(String titleFr, LocalDate day) {
        return new NewSession(
                SessionKind.TRAINING,
                SessionTopic.PACKAGING,
                new LocalizedText("التلفيف", titleFr, null),
                new LocalizedText(null, null, null),
                "ODCO",
                day,
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                "Espace formation",
                20,
                "ary",
                true,
                false);
    }

    @Test
    void aVisitorRegistersAndTheOrganiserTicksAttendanceOnAPhone() {
        LocalDate today = LocalDate.now(Programme.ZONE);
        UUID id = editions.create(new NewEdition(
                new LocalizedText("سوق تضامني", "Souk parcours " + UUID.randomUUID(), null),
                1,
                territories.byCode("09").orElseThrow().id(),
                new LocalizedText(null, "Place Al Amal", null),
                today.minusDays(1),
                today.plusDays(3),
                LocalTime.of(9, 0),
                LocalTime.of(22, 0),
                null,
                new LocalizedText(null, null, null),
                null,
                false,
                null,
                Edition.Quotas.NONE));
        Edition edition = editions.changeStatus(id, EditionStatus.CALL_OPEN);
        String title = "Emballer pour vendre " + UUID.randomUUID().toString().substring(0, 6);
        UUID upcoming = programme.create(id, training(title, today.plusDays(1)));
        UUID held = programme.create(id, training("Atelier d’hier", today.plusDays(2)));
        Registration amina = registrations.register(
                held, new NewRegistration("أمينة الإدريسي", "0667000001", null, null, null, "ar"));
        registrations.register(held, new NewRegistration("Said Ait Ali", "0667000002", null, null, null, "fr"));
        NewSession before = programme.get(held).asNew();
        programme.update(
                held,
                new NewSession(
                        before.kind(),
                        before.topic(),
                        before.title(),
                        before.description(),
                        before.speakers(),
                        today.minusDays(1),
                        before.startsAt(),
                        before.endsAt(),
                        before.space(),
                        before.capacity(),
                        before.language(),
                        before.registrationOpen(),
                        false));

        browser.get(url("/fairs/" + edition.slug() + "/programme"));
        browser.findElement(By.cssSelector("#s-" + upcoming + " a.button")).click();
        browser.findElement(By.id("fullName")).sendKeys("Zineb Fassi");
        browser.findElement(By.id("phone")).sendKeys("06 67 00 00 09");
        browser.findElement(By.cssSelector("#register button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/registered"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vous êtes inscrit(e)");
        assertThat(registrations.of(upcoming))
                .singleElement()
                .satisfies(r -> assertThat(r.phone()).isEqualTo("+212667000009"));

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("identifier")).sendKeys("organiser@tadamon.ma");
        browser.findElement(By.id("password")).sendKeys("tadamon-demo");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(url("/organise/fairs/" + id + "/programme/" + held));
        browser.findElement(By.cssSelector("#r-" + amina.id() + " input[type=checkbox]"))
                .click();
        waiting().until(d -> registrations.get(amina.id()).present());
        waiting()
                .until(d -> d.findElement(By.cssSelector("#r-" + amina.id()))
                        .getAttribute("class")
                        .contains("present"));
        assertThat(registrations.of(held)).filteredOn(Registration::present).hasSize(1);
    }
}
