package ma.tadamon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.imports.CsvReader;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Downloads: the directory as filtered on its page for everyone, members for their managers only. */
@IntegrationTest
class RegistryExportIT {

    static final String REGISTRAR = RegistryImportIT.REGISTRAR;

    @Autowired
    MockMvc mvc;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void directoryDownloadsHoldExactlyTheFilteredActors() throws Exception {
        DirectoryQuery filter = new DirectoryQuery(null, "10", null, null, null, true, null, 0, 1000);
        List<UUID> expected =
                actors.search(filter).items().stream().map(ActorSummary::id).toList();
        assertThat(expected).isNotEmpty();
        byte[] csv = mvc.perform(
                        get("/directory/export.csv").param("territory", "10").param("womenLed", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("actors.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        CsvReader.Table table = CsvReader.read(csv);
        assertThat(table.header()).startsWith("id", "type", "name_ar", "name_fr");
        assertThat(table.rows()).extracting(r -> UUID.fromString(r.get("id"))).containsExactlyElementsOf(expected);
        assertThat(table.rows())
                .allSatisfy(r -> assertThat(r.get("commune_code")).startsWith("10."))
                .allSatisfy(r -> assertThat(r.get("women_led")).isEqualTo("true"));

        DirectoryQuery argan =
                new DirectoryQuery(null, null, ActorType.COOPERATIVE, null, "ARGAN", null, null, 0, 1000);
        byte[] body = mvc.perform(get("/directory/export.json")
                        .param("type", "COOPERATIVE")
                        .param("valueChain", "ARGAN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode array = json.readTree(body);
        assertThat(array.size()).isEqualTo(actors.search(argan).totalItems());
        assertThat(array.values()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("type").asString()).isEqualTo("COOPERATIVE");
            assertThat(a.get("value_chain").asString()).isEqualTo("ARGAN");
        });
        assertThat(array.values())
                .anySatisfy(a -> assertThat(a.get("id").asString()).isEqualTo(DemoPartyIds.COOP_TIFAWIN.toString()));

        byte[] xlsx = mvc.perform(get("/directory/export.xlsx").param("territory", "03.531"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int)
                    actors.search(RegistryIT.query(null, "03.531")).totalItems());
        }
        assertThat(mvc.perform(get("/directory").param("territory", "10"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("/directory/export\\.csv\\?[^\"]*territory=10");
    }

    @Test
    void membersDownloadIsRefusedToOthersAndLoggedForTheManager() throws Exception {
        String url = "/registry/actors/" + DemoPartyIds.COOP_TIFAWIN + "/members.csv";
        mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
        Cookie member = SignIn.as(mvc, "member@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get(url).cookie(member)).andExpect(status().isForbidden());
        Cookie registrarElsewhere = SignIn.as(mvc, REGISTRAR, SignIn.DEMO_PASSWORD);
        mvc.perform(get(url).cookie(registrarElsewhere)).andExpect(status().isForbidden());

        long logged = exportsLoggedBy("manager@tadamon.ma");
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        String csv = mvc.perform(get(url).cookie(manager))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("full_name").contains("Fatima Ait Baha").contains("PRESIDENT");
        JsonNode list = json.readTree(mvc.perform(get("/registry/actors/" + DemoPartyIds.COOP_TIFAWIN + "/members.json")
                        .cookie(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(list.values())
                .anySatisfy(m -> assertThat(m.get("full_name").asString()).isEqualTo("Fatima Ait Baha"));
        assertThat(exportsLoggedBy("manager@tadamon.ma")).isEqualTo(logged + 2);
        assertThat(mvc.perform(get("/actors/" + DemoPartyIds.COOP_TIFAWIN).cookie(manager))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(url);
        assertThat(mvc.perform(get("/actors/" + DemoPartyIds.COOP_TIFAWIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(url);
    }

    long exportsLoggedBy(String label) {
        return jdbc.sql("""
                        select count(*) from platform_audit_log where action = 'EXPORT_MEMBERS'
                        and entity_type = 'actor' and entity_id = ? and account_label = ?""")
                .params(DemoPartyIds.COOP_TIFAWIN.toString(), label)
                .query(Long.class)
                .single();
    }
}
