package ma.tadamon.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TerritoryIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Test
    void theMapHoldsTwelveRegionsAndSeventyFiveProvinces() {
        assertThat(territories.regions()).hasSize(12);
        assertThat(territories.atLevel(TerritoryLevel.PROVINCE)).hasSize(75);
    }

    @Test
    void aCommuneKnowsItsProvinceAndRegionThroughTheFlatPath() {
        Territory asrir = territories.byCode("10.261.05.05").orElseThrow();
        assertThat(territories
                        .containing(asrir.id(), TerritoryLevel.PROVINCE)
                        .orElseThrow()
                        .code())
                .isEqualTo("10.261");
        assertThat(territories
                        .containing(asrir.id(), TerritoryLevel.REGION)
                        .orElseThrow()
                        .name()
                        .fr())
                .isEqualTo("Guelmim-Oued Noun");
        assertThat(territories.ancestors(asrir.id()))
                .extracting(Territory::code)
                .containsExactly("MA", "10", "10.261");
    }

    @Test
    void aRegionListsEveryCommuneWithinIt() {
        Territory guelmimOuedNoun = territories.byCode("10").orElseThrow();
        assertThat(territories.communesWithin(guelmimOuedNoun.id()))
                .extracting(Territory::code)
                .contains("10.261.01.03", "10.261.05.05", "10.261.03.07", "10.261.03.11")
                .allMatch(code -> code.startsWith("10."));
    }

    @Test
    void twoPlacesCalledIfraneAreTwoTerritories() {
        assertThat(territories.search(null, null, "Ifrane", 0, 20).items())
                .extracting(Territory::code)
                .contains("10.261.03.07")
                .anyMatch(code -> code.startsWith("03."));
    }

    @Test
    void apiPaginatesAndFiltersByLevelAndParent() throws Exception {
        mvc.perform(get("/api/v1/territories")
                        .param("level", "PROVINCE")
                        .param("size", "10")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalItems").value(75));
        mvc.perform(get("/api/v1/territories/10.261/children"))
                .andExpect(jsonPath("$[*].parentCode", Matchers.everyItem(Matchers.is("10.261"))))
                .andExpect(jsonPath("$[*].nameFr", Matchers.hasItems("Asrir", "Taghjijt")));
    }

    @Test
    void unknownCodeIsAProblemDetailInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/territories/99.999").header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun territoire n’a le code 99.999."));
        mvc.perform(get("/api/v1/territories").param("level", "CONTINENT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("level")));
    }

    @Test
    void theChartDataDownloadsAsCsvMatchingThePage() throws Exception {
        String csv = mvc.perform(get("/territories/10/children.csv"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("territories-10.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith("code,name_ar,name_fr,level,kind,communes");
        long communes = territories
                .communesWithin(territories.byCode("10").orElseThrow().id())
                .size();
        assertThat(lines.stream()
                        .skip(1)
                        .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1)))
                        .sum())
                .isEqualTo(communes);
        mvc.perform(get("/territories/10"))
                .andExpect(content().string(Matchers.containsString("children-chart-table")));
    }

    @Test
    void communeImportCreatesUpdatesAndReportsEachRejectedRow() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        String csv = """
                code,parent_code,kind,name_ar,name_fr,name_en,latitude,longitude
                10.261.05.07,10.261,RURAL_COMMUNE,لبيار,Labyar,Labyar,28.9,-10.1
                10.261.05.05,10.261,RURAL_COMMUNE,أسرير,Asrir,Asrir,28.95,-10.02
                10.261.05.99,99.999,RURAL_COMMUNE,مكان,Nowhere,,,
                10.261.05.98,10.261,VILLAGE,Latin only,Latin,,91,-10
                10.261.05.07,10.261,RURAL_COMMUNE,لبيار,Labyar,,,
                """;
        String location = mvc.perform(multipart("/admin/territories/import")
                        .file(new MockMultipartFile(
                                "file", "communes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get(location).cookie(admin).header("Accept-Language", "en"))
                        .andExpect(content().string(Matchers.containsString("Rejected rows"))));
        String page = mvc.perform(get(location).cookie(admin).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("No province or prefecture has the code 99.999.")
                .contains("Latin only")
                .contains("contains no Arabic letters.")
                .contains("VILLAGE")
                .contains("The latitude 91 is outside Morocco.")
                .contains("The code 10.261.05.07 appears more than once in the file.");
        assertThat(territories.byCode("10.261.05.07"))
                .get()
                .extracting(t -> t.name().fr())
                .isEqualTo("Labyar");
        assertThat(territories.byCode("10.261.05.98")).isEmpty();
        assertThat(territories.byCode("10.261.05.05").orElseThrow().latitude()).isEqualByComparingTo("28.95");
    }
}
