package ma.tadamon.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue's manager pages, public catalogue and profile sections, label verification. */
@IntegrationTest
class CatalogIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID HONEY = DemoPartyIds.of("coop-nahl-taounate");
    static final UUID FIGS = DemoPartyIds.of("coop-tine-tissa");

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    @Autowired
    Credentials credentials;

    @Autowired
    ProductMedia media;

    @org.springframework.beans.factory.annotation.Value("${tadamon.files.dir}")
    String filesDir;

    Cookie manager() throws Exception {
        return SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aManagerManagesHerOwnProductsButNotAnotherActors() throws Exception {
        Cookie manager = manager();
        mvc.perform(get("/manage/" + TIFAWIN + "/products").cookie(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("زيت أركان غذائي")));
        mvc.perform(get("/manage/" + HONEY + "/products").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/" + HONEY + "/products/new").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/" + HONEY + "/products/new")
                        .cookie(manager)
                        .with(csrf())
                        .param("nameFr", "Miel volé")
                        .param("valueChain", "HONEY")
                        .param("unit", "G")
                        .param("status", "ACTIVE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/" + HONEY + "/labels").cookie(manager)).andExpect(status().isForbidden());
        UUID honeyProduct = DemoCatalogIds.product("taounate-honey-thyme");
        mvc.perform(get("/manage/" + HONEY + "/products/" + honeyProduct + "/labels.pdf")
                        .cookie(manager))
                .andExpect(status().isForbidden());
        // another actor's product through her own actor's address is not found either
        mvc.perform(get("/manage/" + TIFAWIN + "/products/" + honeyProduct).cookie(manager))
                .andExpect(status().isNotFound());
        // anonymous visitors are sent to sign in
        mvc.perform(get("/manage/" + TIFAWIN + "/products"))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(302, 401)));
    }

    @Test
    void aManagerAddsAProductAVariantWithAGeneratedBarcodeAndALot() throws Exception {
        Cookie manager = manager();
        String name = unique("Savon à l’argane");
        String location = mvc.perform(post("/manage/" + TIFAWIN + "/products/new")
                        .cookie(manager)
                        .with(csrf())
                        .param("nameAr", "صابون الأركان")
                        .param("nameFr", name)
                        .param("valueChain", "ARGAN")
                        .param("unit", "PIECE")
                        .param("status", "ACTIVE"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        // a price with three decimals is refused next to the field
        mvc.perform(post("/manage/" + TIFAWIN + "/products/" + id + "/variants")
                        .cookie(manager)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("nameFr", "100 g")
                        .param("packaging", "BOX")
                        .param("price", "12.505"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("two decimals")));
        mvc.perform(post("/manage/" + TIFAWIN + "/products/" + id + "/variants")
                        .cookie(manager)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("nameFr", "100 g")
                        .param("packaging", "BOX")
                        .param("barcode", "")
                        .param("price", "12.50"))
                .andExpect(status().isFound());
        Product product = products.find(id).orElseThrow();
        assertThat(product.variants()).hasSize(1);
        Variant variant = product.variants().get(0);
        assertThat(variant.price()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(Barcodes.isEan13(variant.barcode())).isTrue();
        assertThat(variant.barcode()).startsWith("2");
        mvc.perform(post("/manage/" + TIFAWIN + "/products/" + id + "/batches")
                        .cookie(manager)
                        .with(csrf())
                        .param("lot", "SAV-01")
                        .param("producedOn", "2026-03-01")
                        .param("bestBefore", "2028-03-01"))
                .andExpect(status().isFound());
        mvc.perform(get("/t/" + product.code() + "/SAV-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SAV-01")))
                .andExpect(content().string(containsString("صابون الأركان")));
        // the edit pages show it all
        mvc.perform(get("/manage/" + TIFAWIN + "/products/" + id + "/variants").cookie(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(variant.barcode())))
                .andExpect(content().string(containsString("SAV-01")));
    }

    @Test
    void photosAreResizedAndAtMostSixPerProduct() throws Exception {
        Cookie manager = manager();
        UUID variant = CatalogFixtures.variantOf(products, TIFAWIN, unique("Huile photo"), "10.00");
        UUID product = products.variant(variant).orElseThrow().productId();
        for (int i = 0; i < 6; i++) {
            mvc.perform(multipart("/manage/" + TIFAWIN + "/products/" + product + "/photos")
                            .file(new MockMultipartFile("file", "p.png", "image/png", png(2000, 1000)))
                            .cookie(manager)
                            .with(csrf()))
                    .andExpect(status().isFound());
        }
        List<ProductMedia.Photo> photos = media.photos(product);
        assertThat(photos).hasSize(6);
        assertThat(photos.get(0).width()).isEqualTo(1024);
        assertThat(photos.get(0).height()).isEqualTo(512);
        mvc.perform(multipart("/manage/" + TIFAWIN + "/products/" + product + "/photos")
                        .file(new MockMultipartFile("file", "p.png", "image/png", png(20, 10)))
                        .cookie(manager)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(media.photos(product)).hasSize(6);
        byte[] jpeg = mvc.perform(
                        get("/products/" + product + "/media/" + photos.get(0).id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(1024);

        // kept as a file under the configured directory, not in the database; removing it removes the file
        java.nio.file.Path file = java.nio.file.Path.of(
                filesDir, "catalog/products/" + product + "/" + photos.get(0).id() + ".jpg");
        assertThat(file).exists();
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(jpeg);
        media.remove(product, photos.get(0).id());
        assertThat(file).doesNotExist();
        assertThat(media.photos(product)).hasSize(5);
    }

    @Test
    void thePublicCatalogueSearchesArabicAndFrenchAndFilters() throws Exception {
        // hamza and accents do not matter
        mvc.perform(get("/products").param("q", "زيت اركان").header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("زيت أركان غذائي")))
                .andExpect(content().string(not(containsString("عسل الزعتر"))));
        mvc.perform(get("/products").param("q", "huile d argane").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huile d’argane alimentaire")));
        mvc.perform(get("/products").param("label", "IGP").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Huile d’argane alimentaire")))
                .andExpect(content().string(not(containsString("Miel de thym"))));
        mvc.perform(get("/products").param("territory", "03").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Miel de thym")))
                .andExpect(content().string(not(containsString("Huile d’argane alimentaire"))));
        mvc.perform(get("/products").param("valueChain", "DATES").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Dattes Majhoul")))
                .andExpect(content().string(containsString("/t/")))
                .andExpect(content().string(not(containsString("Miel de thym"))));
    }

    @Test
    void publicPagesShowOnlyVerifiedLabelsValidToday() throws Exception {
        LocalDate today = LocalDate.now();
        UUID product = DemoCatalogIds.product("tissa-dried-figs");
        String valid = unique("FT-OK");
        String pending = unique("FT-PENDING");
        String expired = unique("FT-EXPIRED");
        String future = unique("FT-FUTURE");
        String revoked = unique("FT-REVOKED");
        credentials.verify(
                credentials.declare(
                        FIGS,
                        new NewCredential("FAIR_TRADE", product, "WFTO", valid, today.minusDays(1), today.plusDays(1)),
                        null),
                null);
        credentials.declare(
                FIGS, new NewCredential("FAIR_TRADE", product, "WFTO", pending, today.minusDays(1), null), null);
        credentials.verify(
                credentials.declare(
                        FIGS,
                        new NewCredential("FAIR_TRADE", null, "WFTO", expired, today.minusYears(2), today.minusDays(1)),
                        null),
                null);
        credentials.verify(
                credentials.declare(
                        FIGS, new NewCredential("FAIR_TRADE", null, "WFTO", future, today.plusDays(1), null), null),
                null);
        UUID toRevoke = credentials.declare(
                FIGS, new NewCredential("FAIR_TRADE", null, "WFTO", revoked, today.minusDays(5), null), null);
        credentials.verify(toRevoke, null);
        credentials.revoke(toRevoke, "Certificate withdrawn by the issuer");
        String code = products.find(product).orElseThrow().code();
        String trace = mvc.perform(get("/t/" + code).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(trace).contains(valid).doesNotContain(pending, expired, future, revoked);
        String api = mvc.perform(get("/api/v1/actors/" + FIGS + "/credentials"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains(valid).doesNotContain(pending, expired, future, revoked);
        String profile = mvc.perform(get("/actors/" + FIGS).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile).contains("Commerce équitable", "Figues sèches");
    }

    @Test
    void theProfileAndTheDirectoryShowVerifiedLabelsOnly() throws Exception {
        mvc.perform(get("/actors/" + TIFAWIN).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huile d’argane alimentaire")))
                .andExpect(content().string(containsString("Indication géographique protégée")));
        // Asrir's label is pending, Zitoun's organic certificate expired in 2023
        mvc.perform(get("/actors/" + DemoPartyIds.of("coop-asrir-tissage")).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Coussin tissé")))
                .andExpect(content().string(not(containsString("Maroc Fait Main"))));
        mvc.perform(get("/actors/" + DemoPartyIds.of("coop-zitoun-karia")).header("Accept-Language", "fr"))
                .andExpect(content().string(not(containsString("Agriculture biologique"))));
        mvc.perform(get("/directory").param("tag", "label:IGP").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coopérative Tifawin")))
                .andExpect(content().string(not(containsString("Coopérative apicole de Taounate"))));
        mvc.perform(get("/directory").param("tag", "label:ONSSA_AUTHORISATION").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Coopérative apicole de Taounate")))
                .andExpect(content().string(not(containsString("Coopérative de tissage d"))));
        // the same filter in the API and in the downloads
        mvc.perform(get("/api/v1/actors").param("tag", "label:IGP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(TIFAWIN.toString())))
                .andExpect(jsonPath(
                        "$.items[*].id",
                        not(org.hamcrest.Matchers.hasItem(
                                DemoPartyIds.of("coop-nahl-taounate").toString()))));
        mvc.perform(get("/directory/export.csv").param("tag", "label:IGP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TIFAWIN.toString())))
                .andExpect(content()
                        .string(not(containsString(
                                DemoPartyIds.of("coop-nahl-taounate").toString()))));
    }

    @Test
    void aLabelVerifierVerifiesOrRejectsWhatAManagerDeclared() throws Exception {
        Cookie manager = manager();
        String number = unique("MC");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        mvc.perform(multipart("/manage/" + TIFAWIN + "/labels")
                        .file(new MockMultipartFile("proof", "certificat.pdf", "application/pdf", pdf))
                        .cookie(manager)
                        .with(csrf())
                        .param("labelType", "COLLECTIVE_MARK")
                        .param("number", number)
                        .param("validFrom", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isFound());
        Credential declared = credentials.ofActor(TIFAWIN).stream()
                .filter(c -> c.number().equals(number))
                .findFirst()
                .orElseThrow();
        assertThat(declared.status()).isEqualTo(CredentialStatus.PENDING);
        assertThat(declared.issuer()).isEqualTo("OMPIC"); // the type's issuer by default
        // a file that is not a PDF, JPEG or PNG is refused, whatever its name says
        mvc.perform(multipart("/manage/" + TIFAWIN + "/labels")
                        .file(new MockMultipartFile("proof", "x.pdf", "application/pdf", "hello".getBytes()))
                        .cookie(manager)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("labelType", "COLLECTIVE_MARK")
                        .param("number", unique("MC"))
                        .param("validFrom", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PDF, JPEG or PNG file")));
        // managers do not verify
        mvc.perform(get("/labels/queue").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/labels/" + declared.id() + "/verify").cookie(manager).with(csrf()))
                .andExpect(status().isForbidden());
        Cookie verifier = SignIn.as(mvc, "verifier@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/labels/queue").cookie(verifier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/labels/" + declared.id() + "/proof").cookie(verifier))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(post("/labels/" + declared.id() + "/verify")
                        .cookie(verifier)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(credentials.find(declared.id()).orElseThrow().status()).isEqualTo(CredentialStatus.VERIFIED);
        mvc.perform(get("/api/v1/actors/" + TIFAWIN + "/credentials"))
                .andExpect(content().string(containsString(number)));
        // a rejection needs a note
        UUID other = credentials.declare(
                TIFAWIN, new NewCredential("OTHER", null, "X", unique("O"), LocalDate.now(), null), null);
        mvc.perform(post("/labels/" + other + "/reject").cookie(verifier).with(csrf()));
        assertThat(credentials.find(other).orElseThrow().status()).isEqualTo(CredentialStatus.PENDING);
        mvc.perform(post("/labels/" + other + "/reject")
                        .cookie(verifier)
                        .with(csrf())
                        .param("note", "Unreadable certificate"))
                .andExpect(status().isFound());
        assertThat(credentials.find(other).orElseThrow().status()).isEqualTo(CredentialStatus.REJECTED);
    }

    @Test
    void managersAreRemindedOnceAMonthBeforeALabelExpires() throws Exception {
        LocalDate today = LocalDate.now();
        String soon = unique("SOON");
        String later = unique("LATER");
        credentials.verify(
                credentials.declare(
                        TIFAWIN,
                        new NewCredential("LABEL_AGRICOLE", null, null, soon, today.minusYears(1), today.plusDays(20)),
                        null),
                null);
        credentials.verify(
                credentials.declare(
                        TIFAWIN,
                        new NewCredential("LABEL_AGRICOLE", null, null, later, today.minusYears(1), today.plusDays(45)),
                        null),
                null);
        var recorder = recorder();
        credentials.remindExpiring(today);
        assertThat(recorder.to("manager@tadamon.ma"))
                .filteredOn(n -> n.body().contains(soon))
                .hasSize(1)
                .allSatisfy(n -> assertThat(n.subject()).contains("العلامة الفلاحية"));
        assertThat(recorder.to("manager@tadamon.ma")).noneMatch(n -> n.body().contains(later));
        // once per expiry: the next day's run does not send it again
        credentials.remindExpiring(today.plusDays(1));
        assertThat(recorder.to("manager@tadamon.ma"))
                .filteredOn(n -> n.body().contains(soon))
                .hasSize(1);
        // 30 days before the later one, it comes
        credentials.remindExpiring(today.plusDays(15));
        assertThat(recorder.to("manager@tadamon.ma"))
                .filteredOn(n -> n.body().contains(later))
                .hasSize(1);
    }

    @Autowired
    ma.tadamon.platform.notify.NotificationSender sender;

    ma.tadamon.support.RecordingNotifications.Recorder recorder() {
        return (ma.tadamon.support.RecordingNotifications.Recorder) sender;
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static LocalizedText fr(String name) {
        return new LocalizedText(null, name, null);
    }
}
