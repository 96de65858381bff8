package ma.tadamon.party.internal;

import java.util.Set;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.party.NewParty;
import ma.tadamon.party.Parties;
import ma.tadamon.platform.demo.DemoData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations named in the seed articles: funders and partners of the Guelmim conventions and
 * the Smara programme, organisers of the Agadir and Taounate mobile markets, the Beni Mellal
 * network campaigning for reserved procurement, plus a store operator and one demo cooperative.
 */
@Component
class PartyDemoData implements DemoData {

    private final Parties parties;
    private final Territories territories;

    PartyDemoData(Parties parties, Territories territories) {
        this.parties = parties;
        this.territories = territories;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void load() {
        add(
                "agence-du-sud",
                "STATE_AGENCY",
                "وكالة تنمية الأقاليم الجنوبية",
                "Agence pour la promotion et le développement des provinces du Sud",
                "Southern Provinces Development Agency",
                "Agence du Sud",
                "MA",
                "FUNDER",
                "PARTNER");
        add(
                "indh",
                "PROGRAMME",
                "المبادرة الوطنية للتنمية البشرية",
                "Initiative nationale pour le développement humain",
                "National Initiative for Human Development",
                "INDH",
                "MA",
                "FUNDER");
        add(
                "dgcl",
                "STATE_AGENCY",
                "المديرية العامة للجماعات الترابية",
                "Direction générale des collectivités territoriales",
                "General Directorate of Local Authorities",
                "DGCL",
                "MA",
                "FUNDER");
        add(
                "ministry-sse",
                "MINISTRY",
                "وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني",
                "Ministère du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire",
                "Ministry of Tourism, Handicrafts and the Social and Solidarity Economy",
                null,
                "MA",
                "ORGANISER",
                "FUNDER");
        add(
                "odco",
                "STATE_AGENCY",
                "مكتب تنمية التعاون",
                "Office du Développement de la Coopération",
                "Office for the Development of Cooperation",
                "ODCO",
                "MA",
                "PARTNER");
        add(
                "region-souss-massa",
                "REGIONAL_COUNCIL",
                "مجلس جهة سوس ماسة",
                "Conseil de la région Souss-Massa",
                "Souss-Massa Regional Council",
                null,
                "09",
                "ORGANISER",
                "FUNDER",
                "PUBLIC_BUYER");
        add(
                "wilaya-souss-massa",
                "WILAYA",
                "ولاية جهة سوس ماسة",
                "Wilaya de la région Souss-Massa",
                "Wilaya of Souss-Massa",
                null,
                "09",
                "ORGANISER");
        add(
                "commune-agadir",
                "COMMUNAL_COUNCIL",
                "جماعة أكادير",
                "Commune d'Agadir",
                "Municipality of Agadir",
                null,
                "09.001.01.01",
                "ORGANISER",
                "PUBLIC_BUYER");
        add(
                "chamber-handicrafts-souss-massa",
                "CHAMBER",
                "غرفة الصناعة التقليدية لجهة سوس ماسة",
                "Chambre d'artisanat de la région Souss-Massa",
                "Souss-Massa Chamber of Handicrafts",
                null,
                "09",
                "ORGANISER");
        add(
                "region-guelmim-oued-noun",
                "REGIONAL_COUNCIL",
                "مجلس جهة كلميم واد نون",
                "Conseil de la région Guelmim-Oued Noun",
                "Guelmim-Oued Noun Regional Council",
                null,
                "10",
                "FUNDER",
                "PUBLIC_BUYER");
        add(
                "province-guelmim",
                "PROVINCIAL_COUNCIL",
                "المجلس الإقليمي لكلميم",
                "Conseil provincial de Guelmim",
                "Guelmim Provincial Council",
                null,
                "10.261",
                "FUNDER",
                "PUBLIC_BUYER");
        add(
                "commune-guelmim",
                "COMMUNAL_COUNCIL",
                "جماعة كلميم",
                "Commune de Guelmim",
                "Municipality of Guelmim",
                null,
                "10.261.01.03",
                "FUNDER",
                "PUBLIC_BUYER");
        add(
                "commune-asrir",
                "COMMUNAL_COUNCIL",
                "جماعة أسرير",
                "Commune d'Asrir",
                "Asrir commune",
                null,
                "10.261.05.05",
                "PARTNER",
                "PUBLIC_BUYER");
        add(
                "commune-ifrane-atlas-saghir",
                "COMMUNAL_COUNCIL",
                "جماعة أفران الأطلس الصغير",
                "Commune d'Ifrane Atlas Saghir",
                "Ifrane Atlas Saghir commune",
                null,
                "10.261.03.07",
                "PARTNER",
                "PUBLIC_BUYER");
        add(
                "commune-taghjijt",
                "COMMUNAL_COUNCIL",
                "جماعة تغجيجت",
                "Commune de Taghjijt",
                "Taghjijt commune",
                null,
                "10.261.03.11",
                "PARTNER",
                "PUBLIC_BUYER");
        add(
                "region-fes-meknes",
                "REGIONAL_COUNCIL",
                "مجلس جهة فاس مكناس",
                "Conseil de la région Fès-Meknès",
                "Fès-Meknès Regional Council",
                null,
                "03",
                "ORGANISER",
                "FUNDER",
                "PUBLIC_BUYER");
        add(
                "province-taounate",
                "PROVINCIAL_COUNCIL",
                "المجلس الإقليمي لتاونات",
                "Conseil provincial de Taounate",
                "Taounate Provincial Council",
                null,
                "03.531",
                "ORGANISER",
                "PUBLIC_BUYER");
        add(
                "province-smara",
                "PROVINCIAL_COUNCIL",
                "المجلس الإقليمي للسمارة",
                "Conseil provincial d'Es-Semara",
                "Es-Semara Provincial Council",
                null,
                "11.221",
                "PARTNER",
                "PUBLIC_BUYER");
        add(
                "region-beni-mellal-khenifra",
                "REGIONAL_COUNCIL",
                "مجلس جهة بني ملال خنيفرة",
                "Conseil de la région Béni Mellal-Khénifra",
                "Béni Mellal-Khénifra Regional Council",
                null,
                "05",
                "PUBLIC_BUYER");
        add(
                "assurif",
                "NETWORK",
                "شبكة أسوريف",
                "Réseau ASSURIF",
                "ASSURIF network",
                "ASSURIF",
                "05.091.01.01",
                "NETWORK");
        add(
                "al-intilaka",
                "ASSOCIATION",
                "جمعية الانطلاقة",
                "Association Al Intilaka",
                "Al Intilaka Association",
                null,
                "05.091.01.01",
                "PARTNER");
        add("manos-unidas", "NGO", "مانوس أونيداس", "Manos Unidas", "Manos Unidas", null, null, "FUNDER", "PARTNER");
        add(
                "store-souss-massa",
                "ASSOCIATION",
                "المتجر التضامني لسوس ماسة",
                "Boutique solidaire de Souss-Massa",
                "Souss-Massa Solidarity Store",
                null,
                "09.001.01.01",
                "STORE_OPERATOR");
        add(
                "coop-tifawin",
                "SSE_ACTOR",
                "تعاونية تيفاوين لإنتاج زيت الأركان",
                "Coopérative Tifawin d'huile d'argane",
                "Tifawin Argan Oil Cooperative",
                null,
                "09.001.07.03",
                "SSE_ACTOR");
    }

    private void add(
            String key,
            String kind,
            String ar,
            String fr,
            String en,
            @Nullable String acronym,
            @Nullable String territoryCode,
            String... roles) {
        Long territory = territoryCode == null
                ? null
                : territories.byCode(territoryCode).map(Territory::id).orElseThrow();
        parties.register(
                DemoPartyIds.of(key), new NewParty(kind, ar, fr, en, acronym, territory, null, Set.of(roles)), false);
    }
}
