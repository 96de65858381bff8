package ma.tadamon.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PartiesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedsOrganisationsAreThereWithTheRolesTheyPlay() throws Exception {
        mvc.perform(get("/api/v1/parties").param("role", "FUNDER").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].acronym", Matchers.hasItems("Agence du Sud", "INDH", "DGCL")));
        mvc.perform(get("/api/v1/parties/" + DemoPartyIds.COMMUNE_AGADIR))
                .andExpect(jsonPath("$.territoryCode").value("09.001.01.01"))
                .andExpect(jsonPath("$.roles", Matchers.hasItems("ORGANISER", "PUBLIC_BUYER")));
    }

    @Test
    void adminRegistersAnOrganisationWithItsRoles() throws Exception {
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(post("/admin/parties")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "CHAMBER")
                        .param("nameAr", "غرفة الفلاحة لجهة فاس مكناس")
                        .param("nameFr", "Chambre d’agriculture de Fès-Meknès")
                        .param("roles", "ORGANISER", "PARTNER"))
                .andExpect(redirectedUrl("/admin/parties?created"));
        assertThat(jdbc.sql("""
                        select string_agg(r.role, ',' order by r.role) from party_party p join party_party_role r on r.party_id = p.id
                        where p.name_fr = 'Chambre d’agriculture de Fès-Meknès'""").query(String.class).single()).isEqualTo("ORGANISER,PARTNER");
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'party' and action = 'CREATE' "
                                + "and after_state ->> 'nameFr' = 'Chambre d’agriculture de Fès-Meknès'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anOrganisationNeedsANameInArabicOrFrench() throws Exception {
        mvc.perform(post("/admin/parties")
                        .cookie(SignIn.admin(mvc))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("kind", "NETWORK")
                        .param("nameEn", "English only"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Donnez le nom en arabe ou en français.")));
    }
}
