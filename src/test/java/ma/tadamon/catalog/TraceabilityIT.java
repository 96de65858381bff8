package ma.tadamon.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Traceability pages and their QR codes, the printable label sheet, the catalogue's API. */
@IntegrationTest
class TraceabilityIT {

    static final UUID TIFAWIN = DemoPartyIds.COOP_TIFAWIN;
    static final UUID ARGAN_OIL = DemoCatalogIds.product("tifawin-argan-oil");

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    String code() {
        return products.find(ARGAN_OIL).orElseThrow().code();
    }

    @Test
    void theDemoVariantsHaveTheirStableIdsBarcodesAndPrices() {
        var sellable = products.sellable(java.util.List.of(
                DemoCatalogIds.TIFAWIN_ARGAN_OIL_250,
                DemoCatalogIds.TIFAWIN_ARGAN_COSMETIC_100,
                DemoCatalogIds.TIFAWIN_AMLOU_250,
                DemoCatalogIds.DATES_MAJHOUL_1KG,
                DemoCatalogIds.HONEY_THYME_500,
                DemoCatalogIds.COUSCOUS_BARLEY_1KG,
                DemoCatalogIds.CACTUS_SEED_OIL_30,
                DemoCatalogIds.ASRIR_WOVEN_CUSHION));
        assertThat(sellable).hasSize(8);
        String[] prices = {"120.00", "90.00", "65.00", "80.00", "150.00", "35.00", "250.00", "380.00"};
        UUID[] ids = {
            DemoCatalogIds.TIFAWIN_ARGAN_OIL_250,
            DemoCatalogIds.TIFAWIN_ARGAN_COSMETIC_100,
            DemoCatalogIds.TIFAWIN_AMLOU_250,
            DemoCatalogIds.DATES_MAJHOUL_1KG,
            DemoCatalogIds.HONEY_THYME_500,
            DemoCatalogIds.COUSCOUS_BARLEY_1KG,
            DemoCatalogIds.CACTUS_SEED_OIL_30,
            DemoCatalogIds.ASRIR_WOVEN_CUSHION
        };
        for (int i = 0; i < ids.length; i++) {
            SellableVariant v = sellable.get(ids[i]);
            assertThat(v.barcode()).isEqualTo(DemoCatalogIds.barcode(i + 1));
            assertThat(v.price()).isEqualByComparingTo(prices[i]);
            assertThat(v.sellable()).isTrue();
        }
    }

    @Test
    void theTraceabilityPageShowsTheMakerItsCommuneLabelsAndTheLot() throws Exception {
        mvc.perform(get("/t/" + code()).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huile d’argane alimentaire")))
                .andExpect(content().string(containsString("Coopérative Tifawin")))
                .andExpect(content().string(containsString("Aourir")))
                .andExpect(content().string(containsString("Indication géographique protégée")))
                .andExpect(content().string(containsString("/t/" + code() + "/qr.svg")));
        mvc.perform(get("/t/" + code() + "/ARG-2026-01").header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ARG-2026-01")))
                .andExpect(content().string(containsString("عصرة الخريف")))
                .andExpect(content().string(containsString("/t/" + code() + "/ARG-2026-01/qr.svg")));
        mvc.perform(get("/t/" + code() + "/NO-SUCH-LOT")).andExpect(status().isNotFound());
        mvc.perform(get("/t/ZZZZZZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void qrCodesAreAnSvgAndAReadablePng() throws Exception {
        mvc.perform(get("/t/" + code() + "/qr.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")));
        for (String path : new String[] {"/t/" + code() + "/qr.png", "/t/" + code() + "/ARG-2026-01/qr.png"}) {
            byte[] png = mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_PNG))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(100);
        }
        mvc.perform(get("/t/" + code() + "/ARG-2026-01/qr.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    @Test
    void theLabelSheetIsAPdfWithTheArabicAndFrenchNames() throws Exception {
        byte[] pdf = mvc.perform(get("/manage/" + TIFAWIN + "/products/" + ARGAN_OIL + "/labels.pdf")
                        .param("lot", "ARG-2026-01")
                        .param("count", "6")
                        .cookie(SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Huile d’argane alimentaire", "ARG-2026-01", DemoCatalogIds.barcode(1));
            assertThat(ma.tadamon.platform.SearchText.normalize(text)).contains("زيت اركان غذايي");
        }
    }

    @Test
    void theApiListsProductsAndLetsManagersWriteTheirOwn() throws Exception {
        mvc.perform(get("/api/v1/products").param("q", "argane").param("size", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code())));
        mvc.perform(get("/api/v1/products/" + ARGAN_OIL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameAr").value("زيت أركان غذائي"))
                .andExpect(jsonPath("$.variants[0].price").value(120.00));
        mvc.perform(get("/api/v1/label-types"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("IGP"));
        String body = """
                {"actorId": "%s", "nameAr": "زيت للتجربة", "nameFr": "Huile d’essai", "valueChain": "ARGAN",
                 "unit": "ML", "status": "DRAFT", "variants": [{"nameFr": "50 ml", "price": 45.50}]}""";
        String created = mvc.perform(post("/api/v1/products")
                        .with(httpBasic("manager@tadamon.ma", SignIn.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TIFAWIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variants[0].price").value(45.50))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        // a draft is not public
        mvc.perform(get("/api/v1/products/" + id)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/products/" + id)
                        .with(httpBasic("manager@tadamon.ma", SignIn.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TIFAWIN).replace("DRAFT", "ACTIVE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/products/" + id)).andExpect(status().isOk());
        // not for another actor
        mvc.perform(post("/api/v1/products")
                        .with(httpBasic("manager@tadamon.ma", SignIn.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(DemoPartyIds.of("coop-nahl-taounate"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // nor without signing in
        mvc.perform(post("/api/v1/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TIFAWIN)))
                .andExpect(status().isUnauthorized());
        // a bad price is a problem detail naming the field
        mvc.perform(post("/api/v1/products")
                        .with(httpBasic("manager@tadamon.ma", SignIn.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(TIFAWIN).replace("45.50", "45.505")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("price"));
    }
}
