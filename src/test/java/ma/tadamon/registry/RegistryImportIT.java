package ma.tadamon.registry;

import static ma.tadamon.registry.ImportSteps.csvFile;
import static ma.tadamon.registry.ImportSteps.figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.imports.CsvReader;
import ma.tadamon.platform.jobs.Jobs;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SignIn;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RegistryImportIT {

    static final String REGISTRAR = "registrar@tadamon.ma"; // region Guelmim-Oued Noun (10)
    static final String ASRIR = "10.261.05.05";

    @Autowired
    MockMvc mvc;

    @Autowired
    Actors actors;

    @Autowired
    Members members;

    @Autowired
    Territories territories;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    ImportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ImportSteps(mvc, jobs);
    }

    /** A word no other test uses, so that this run's actors can be counted by name. */
    final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void actorsImportReportsEachBadRowInTheReadersLanguageAndImportingAgainCreatesNothing() throws Exception {
        String ice = ice();
        String csv = """
                Réf;Nom;الاسم;Type;Filière;Commune;N° d'immatriculation;ICE;Téléphone
                R1;Coopérative Aferni %1$s;تعاونية أفرني %1$s;Coopérative;Tissage;10.261.05.05;RC-%1$s-1;;0528 87 00 01
                R2;Association Tighmert %1$s;جمعية تغمرت %1$s;Association;SOLIDARITY_TOURISM;Asrir;;%2$s;
                R3;Coopérative Oasis %1$s;;Coopérative agricole;Dattes;10.261.03.11;;;
                R4;Coopérative Nulle part %1$s;;Coopérative;Miel;99.999.99.99;;;
                R5;Coopérative Pétrole %1$s;;Coopérative;Pétrole;10.261.05.05;;;
                R6;Coopérative ICE courte %1$s;;Coopérative;Miel;10.261.05.05;;12345;
                R7;Coopérative Téléphone %1$s;;Coopérative;Miel;10.261.05.05;;;12
                R8;Banque %1$s;;Banque;Miel;10.261.05.05;;;
                R9;Coopérative Agadir %1$s;;Coopérative;Argane;09.001.07.03;;;
                R10;;;Coopérative;Miel;10.261.05.05;;;
                R11;Coopérative Aferni %1$s;;Coopérative;Tissage;10.261.05.05;RC-%1$s-11;;
                """.formatted(tag, ice);
        List<String> columns = List.of(
                "rowId", "nameFr", "nameAr", "type", "valueChain", "commune", "registrationNumber", "ice", "phone");
        Cookie registrar = SignIn.as(mvc, REGISTRAR, SignIn.DEMO_PASSWORD);
        String mappingPage =
                steps.upload(registrar, "/registry/import/actors", csvFile(csv), Map.of("source", "Guelmim " + tag));
        assertThat(steps.page(registrar, mappingPage, "fr"))
                .contains("Premières lignes du fichier")
                .contains("Coopérative Aferni " + tag)
                .contains("<option value=\"nameAr\" selected=\"selected\"")
                .contains("<option value=\"registrationNumber\" selected=\"selected\"");
        String report = steps.run(registrar, mappingPage, columns, Map.of("onError", "SKIP"));

        String english = steps.page(registrar, report, "en");
        assertThat(english)
                .contains("No commune has the code or name \"99.999.99.99\".")
                .contains("Unknown value chain \"Pétrole\"")
                .contains("The ICE has 15 digits.")
                .contains("Enter a Moroccan phone number")
                .contains("Unknown type of actor \"Banque\"")
                .contains("The commune \"09.001.07.03\" is outside your territory.")
                .contains("Give the name in Arabic or in French.")
                .contains("Possible duplicate: \"Coopérative Aferni " + tag + "\"");
        assertThat(steps.page(registrar, report, "fr"))
                .contains("Aucune commune n’a le code ou le nom « 99.999.99.99 ».")
                .contains("Filière inconnue « Pétrole »")
                .contains("L’ICE compte 15 chiffres.")
                .contains("Saisissez un numéro marocain")
                .contains("Type d’acteur inconnu « Banque »")
                .contains("La commune « 09.001.07.03 » est hors de votre territoire.")
                .contains("Donnez le nom en arabe ou en français.");
        assertThat(figures(english)).containsExactly(4, 0, 7, 1);

        Actor weavers =
                actors.findByRegistrationNumberOrIce("rc-" + tag + "-1", null).orElseThrow();
        assertThat(weavers.valueChain()).isEqualTo("WEAVING");
        assertThat(weavers.communeId()).isEqualTo(commune(ASRIR));
        assertThat(weavers.phone()).isEqualTo("+212528870001");
        Actor tourism = actors.findByRegistrationNumberOrIce(null, ice).orElseThrow();
        assertThat(tourism.type()).isEqualTo(ActorType.ASSOCIATION);
        assertThat(tourism.communeId()).as("commune given by its name").isEqualTo(commune(ASRIR));
        assertThat(jdbc.sql("select count(*) from registry_actor_source where source = ? and source_row_id = 'R3'")
                        .param("Guelmim " + tag)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(actorsTagged()).isEqualTo(4);

        String again = steps.run(
                registrar,
                steps.upload(registrar, "/registry/import/actors", csvFile(csv), Map.of("source", "Guelmim " + tag)),
                columns,
                Map.of("onError", "SKIP"));
        assertThat(figures(steps.page(registrar, again, "en")))
                .as("created, unchanged, rejected, to review")
                .containsExactly(0, 4, 7, 0);
        assertThat(actorsTagged()).as("nothing created twice").isEqualTo(4);
    }

    @Test
    void whenBadRowsBlockTheFileNothingIsImportedUntilTheyAreSkipped() throws Exception {
        String csv = """
                name_fr,value_chain,commune_code
                Coopérative Tiguert %1$s,HONEY,10.261.05.05
                Coopérative Ifrane %1$s,HONEY,10.261.03.07
                Coopérative sans commune %1$s,HONEY,
                """.formatted(tag);
        Cookie registrar = SignIn.as(mvc, REGISTRAR, SignIn.DEMO_PASSWORD);
        String mappingPage = steps.upload(registrar, "/registry/import/actors", csvFile(csv), Map.of());
        List<String> columns = List.of("nameFr", "valueChain", "commune");
        String report = steps.run(registrar, mappingPage, columns, Map.of("onError", "BLOCK"));
        String english = steps.page(registrar, report, "en");
        assertThat(english)
                .contains("Nothing was imported: 1 rows are bad.")
                .contains("The column commune_code is empty.");
        assertThat(figures(english)).containsExactly(0, 0, 1, 0);
        assertThat(actorsTagged()).isZero();
        assertThat(english).as("the file is kept to run again").contains(mappingPage);

        String skipped = steps.run(registrar, mappingPage, columns, Map.of("onError", "SKIP"));
        assertThat(figures(steps.page(registrar, skipped, "en"))).containsExactly(2, 0, 1, 0);
        assertThat(actorsTagged()).isEqualTo(2);
    }

    @Test
    void anExcelWorkbookIsImportedWithItsDatesAndNumbers() throws Exception {
        String ice = ice();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Coopératives");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"Dénomination", "الاسم", "Filière", "Code commune", "Date de création", "ICE", "Latitude"
            };
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Coopérative du miel de Tissa " + tag);
            row.createCell(1).setCellValue("تعاونية عسل تيسة " + tag);
            row.createCell(2).setCellValue("Miel");
            row.createCell(3).setCellValue("03.531.01.09");
            row.createCell(4).setCellValue(LocalDate.of(2019, 3, 15));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(Double.parseDouble(ice));
            row.createCell(6).setCellValue(34.62);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Cookie admin = SignIn.admin(mvc);
        String mappingPage = steps.upload(
                admin,
                "/registry/import/actors",
                new MockMultipartFile(
                        "file",
                        "cooperatives.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx),
                Map.of());
        assertThat(steps.page(admin, mappingPage, "en"))
                .contains("<option value=\"nameFr\" selected=\"selected\"")
                .contains("<option value=\"nameAr\" selected=\"selected\"")
                .contains("<option value=\"createdOn\" selected=\"selected\"")
                .contains("2019-03-15");
        String report = steps.run(
                admin,
                mappingPage,
                List.of("nameFr", "nameAr", "valueChain", "commune", "createdOn", "ice", "latitude"),
                Map.of("onError", "BLOCK", "defaultType", "COOPERATIVE"));
        assertThat(figures(steps.page(admin, report, "en"))).containsExactly(1, 0, 0, 0);
        Actor honey = actors.findByRegistrationNumberOrIce(null, ice).orElseThrow();
        assertThat(honey.createdOn()).isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(honey.valueChain()).isEqualTo("HONEY");
        assertThat(honey.latitude()).isEqualByComparingTo("34.62");
        assertThat(honey.name().ar()).isEqualTo("تعاونية عسل تيسة " + tag);
    }

    @Test
    void importedMembersChangeTheDerivedWomenLedFlagAndImportingAgainChangesNothing() throws Exception {
        NewActor base =
                NewActor.of(ActorType.COOPERATIVE, "تعاونية " + tag, "Coopérative " + tag, "DATES", commune(ASRIR));
        UUID actor = actors.register(new NewActor(
                        base.type(),
                        base.nameAr(),
                        base.nameFr(),
                        null,
                        null,
                        null,
                        base.valueChain(),
                        base.communeId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "RC-" + tag + "-M",
                        null,
                        null,
                        null,
                        null))
                .id();
        members.add(
                actor,
                new NewMember(
                        "Brahim " + tag,
                        "M",
                        1970,
                        null,
                        null,
                        MemberRole.PRESIDENT,
                        LocalDate.of(2020, 1, 1),
                        "Registre"));
        members.add(
                actor,
                new NewMember(
                        "Lahcen " + tag,
                        "M",
                        1972,
                        null,
                        null,
                        MemberRole.MEMBER,
                        LocalDate.of(2020, 1, 1),
                        "Registre"));
        assertThat(actors.find(actor).orElseThrow().womenLed()).isFalse();

        String csv = """
                Nom et prénom;Sexe;Année de naissance;Fonction;Date d'adhésion;CIN;Coopérative
                Fatima Zahra %1$s;امرأة;1990;Trésorière;15/01/2024;JB123456;RC-%1$s-M
                Khadija %1$s;femme;1985;Membre;2024-01-15;;RC-%1$s-M
                Mina %1$s;أنثى;2001;;2024-02-01;;RC-%1$s-M
                Ali %1$s;X;1980;;2024-01-15;;RC-%1$s-M
                Said %1$s;ذكر;1980;;2024-01-15;;RC-INCONNU-%1$s
                Omar %1$s;M;1980;;2024-01-15;;%2$s
                Hassan %1$s;M;1981;Membre;hier;;RC-%1$s-M
                """.formatted(tag, DemoPartyIds.COOP_TIFAWIN);
        List<String> columns = List.of("fullName", "gender", "birthYear", "role", "joinedOn", "nationalId", "actor");
        Map<String, String> options = Map.of("onError", "SKIP", "consentPurpose", "Registre des membres " + tag);
        Cookie registrar = SignIn.as(mvc, REGISTRAR, SignIn.DEMO_PASSWORD);
        String mappingPage = steps.upload(registrar, "/registry/import/members", csvFile(csv), Map.of());
        assertThat(steps.page(registrar, mappingPage, "en")).contains("<option value=\"actor\" selected=\"selected\"");
        String report = steps.run(registrar, mappingPage, columns, options);
        String french = steps.page(registrar, report, "fr");
        assertThat(french)
                .contains("Sexe inconnu « X »")
                .contains("Aucun acteur n’a le numéro d’immatriculation, l’ICE ou l’identifiant « RC-INCONNU-" + tag
                        + " ».")
                .contains("Vous ne pouvez pas gérer les membres de l’acteur « " + DemoPartyIds.COOP_TIFAWIN + " ».")
                .contains("La valeur « hier » de la colonne Date d'adhésion n’est pas une date");
        assertThat(figures(steps.page(registrar, report, "en"))).containsExactly(3, 0, 4, 0);
        assertThat(actors.find(actor).orElseThrow().womenLed())
                .as("3 women of 5")
                .isTrue();
        assertThat(jdbc.sql("select count(*) from registry_member where actor_id = ? and consent_purpose = ?")
                        .params(actor, "Registre des membres " + tag)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select role from registry_member where actor_id = ? and national_id = 'JB123456'")
                        .param(actor)
                        .query(String.class)
                        .single())
                .isEqualTo("TREASURER");

        String again = steps.run(
                registrar,
                steps.upload(registrar, "/registry/import/members", csvFile(csv), Map.of()),
                columns,
                options);
        assertThat(figures(steps.page(registrar, again, "en"))).containsExactly(0, 3, 4, 0);
        assertThat(members.stats(actor).total()).isEqualTo(5);
    }

    @Test
    void aManagerImportsTheMembersDownloadOfTheirOwnActorBackWithoutChangingAnything() throws Exception {
        Cookie manager = SignIn.as(mvc, "manager@tadamon.ma", SignIn.DEMO_PASSWORD);
        String tifawin = DemoPartyIds.COOP_TIFAWIN.toString();
        mvc.perform(get("/registry/import/members").param("actor", tifawin).cookie(manager))
                .andExpect(status().isOk());
        mvc.perform(get("/registry/import/members").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/import/actors").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/import/members")
                        .param("actor", DemoPartyIds.of("coop-nahl-taounate").toString())
                        .cookie(manager))
                .andExpect(status().isForbidden());
        int before = members.stats(DemoPartyIds.COOP_TIFAWIN).total();
        byte[] download = mvc.perform(
                        get("/registry/actors/" + tifawin + "/members.csv").cookie(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String mappingPage = steps.upload(
                manager,
                "/registry/import/members",
                new MockMultipartFile("file", "members.csv", "text/csv", download),
                Map.of("actor", tifawin));
        assertThat(steps.page(manager, mappingPage, "en"))
                .as("the download's column names are recognised")
                .contains("<option value=\"actor\" selected=\"selected\"")
                .contains("<option value=\"fullName\" selected=\"selected\"")
                .contains("<option value=\"birthYear\" selected=\"selected\"")
                .contains("<option value=\"joinedOn\" selected=\"selected\"");
        Cookie admin = SignIn.admin(mvc);
        mvc.perform(get(mappingPage).cookie(admin)).andExpect(status().isNotFound()); // someone else's upload
        String report = steps.run(
                manager,
                mappingPage,
                List.of("actor", "", "fullName", "gender", "birthYear", "nationalId", "phone", "role", "joinedOn", ""),
                Map.of("consentPurpose", "Registre " + tag));
        int rows = CsvReader.read(download).rows().size();
        assertThat(rows).isGreaterThanOrEqualTo(7);
        assertThat(figures(steps.page(manager, report, "en"))).containsExactly(0, rows, 0, 0);
        assertThat(members.stats(DemoPartyIds.COOP_TIFAWIN).total()).isEqualTo(before);
        mvc.perform(get(report).cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void importPagesNeedASignInAndTheRegistrarRole() throws Exception {
        mvc.perform(get("/registry/import/actors").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        Cookie member = SignIn.as(mvc, "member@tadamon.ma", SignIn.DEMO_PASSWORD);
        mvc.perform(get("/registry/import/actors").cookie(member)).andExpect(status().isForbidden());
        mvc.perform(multipart("/registry/import/actors")
                        .file(csvFile("name_fr\nx\n"))
                        .cookie(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        Cookie registrar = SignIn.as(mvc, REGISTRAR, SignIn.DEMO_PASSWORD);
        String page = mvc.perform(multipart("/registry/import/actors")
                        .file(new MockMultipartFile(
                                "file", "liste.csv", "text/csv", "Nom\nFès\n".getBytes(StandardCharsets.ISO_8859_1)))
                        .cookie(registrar)
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("The file is not UTF-8 text.");
    }

    // --- helpers ---

    long actorsTagged() {
        return jdbc.sql("select count(*) from registry_actor where search_text like ?")
                .param("%" + tag + "%")
                .query(Long.class)
                .single();
    }

    long commune(String code) {
        return territories.byCode(code).orElseThrow().id();
    }

    /** A fresh ICE whose check digits follow the usual rule, so that it does not even warn. */
    static String ice() {
        long body = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 10_000_000_000_000L);
        return String.format("%013d%02d", body, 97 - (int) (body % 97));
    }
}
