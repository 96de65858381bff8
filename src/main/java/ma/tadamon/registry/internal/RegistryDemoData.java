package ma.tadamon.registry.internal;

import java.time.LocalDate;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.demo.DemoData;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.MemberRole;
import ma.tadamon.registry.Members;
import ma.tadamon.registry.NewActor;
import ma.tadamon.registry.NewMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actors of the seeds' places and value chains: argan in Souss-Massa, honey, figs, herbs and olive
 * oil in Taounate, weaving, dates and solidarity tourism around Guelmim, couscous in Smara, a
 * carpentry workshop in Beni Mellal — each with members, so that women-led and youth-led vary.
 */
@Component
class RegistryDemoData implements DemoData {

    static final String CONSENT = "Registre des membres de la coopérative (loi 112-12) / سجل الأعضاء";

    private final Actors actors;
    private final Members members;
    private final Territories territories;

    RegistryDemoData(Actors actors, Members members, Territories territories) {
        this.actors = actors;
        this.members = members;
        this.territories = territories;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void load() {
        if (actors.find(DemoPartyIds.COOP_TIFAWIN).isPresent()) {
            return;
        }
        // Tifawin exists as a party already (the demo manager's organisation): give it its registry record.
        actor(
                DemoPartyIds.COOP_TIFAWIN,
                ActorType.COOPERATIVE,
                "تعاونية تيفاوين لإنتاج زيت الأركان",
                "Coopérative Tifawin d'huile d'argane",
                "ARGAN",
                "09.001.07.03",
                "004512345000079",
                "Des femmes d'Aourir qui cassent les noix d'argane à la main et pressent une huile alimentaire et cosmétique.",
                new String[] {
                    "Fatima Ait Baha:F:1979:PRESIDENT",
                    "Aicha Amzil:F:1985:TREASURER",
                    "Khadija Oubella:F:1992:SECRETARY",
                    "Zahra Id Ali:F:1968:MEMBER",
                    "Malika Ouhssain:F:1990:MEMBER",
                    "Naima Boutazart:F:2001:MEMBER",
                    "Hassan Ait Baha:M:1975:EMPLOYEE"
                });
        actor(
                demo("coop-nahl-taounate"),
                ActorType.COOPERATIVE,
                "تعاونية نحل تاونات",
                "Coopérative apicole de Taounate",
                "HONEY",
                "03.531.01.05",
                null,
                "Miel de thym et d'euphorbe des collines du Rif.",
                new String[] {
                    "Mohamed Chaoui:M:1971:PRESIDENT",
                    "Said Bennani:M:1980:TREASURER",
                    "Fatiha Lahlou:F:1988:MEMBER",
                    "Rachid Ouazzani:M:1995:MEMBER",
                    "Youssef Alami:M:1999:MEMBER"
                });
        actor(
                demo("coop-tine-tissa"),
                ActorType.COOPERATIVE,
                "تعاونية تين تيسة",
                "Coopérative des figues de Tissa",
                "FIGS",
                "03.531.01.09",
                null,
                "Figues sèches et confitures de figues, récoltées par des jeunes du douar.",
                new String[] {
                    "Amine Tazi:M:1997:PRESIDENT",
                    "Hajar Sefrioui:F:1998:SECRETARY",
                    "Omar Fassi:M:2000:MEMBER",
                    "Salma Idrissi:F:1996:MEMBER",
                    "Ilyas Berrada:M:1994:MEMBER"
                });
        actor(
                demo("coop-pam-ghafsai"),
                ActorType.COOPERATIVE,
                "تعاونية الأعشاب العطرية غفساي",
                "Coopérative des plantes aromatiques de Ghafsai",
                "PAM",
                "03.531.01.01",
                null,
                "Romarin, origan et verveine séchés à l'ombre.",
                new String[] {
                    "Latifa Kettani:F:1983:PRESIDENT",
                    "Souad Amrani:F:1987:MEMBER",
                    "Karim Jebli:M:1979:MEMBER",
                    "Nadia Saidi:F:1993:MEMBER"
                });
        actor(
                demo("coop-zitoun-karia"),
                ActorType.COOPERATIVE,
                "تعاونية زيتون قرية با محمد",
                "Coopérative Zitoun de Karia",
                "OLIVE_OIL",
                "03.531.01.03",
                null,
                "Huile d'olive vierge extra pressée à froid.",
                new String[] {
                    "Abdellah Mernissi:M:1965:PRESIDENT",
                    "Driss Filali:M:1970:MEMBER",
                    "Ahmed Tounsi:M:1962:MEMBER",
                    "Mina Sqalli:F:1975:MEMBER",
                    "Brahim Guessous:M:1958:MEMBER"
                });
        actor(
                demo("coop-asrir-tissage"),
                ActorType.COOPERATIVE,
                "تعاونية أسرير للنسيج",
                "Coopérative de tissage d'Asrir",
                "WEAVING",
                "10.261.05.05",
                null,
                "Tapis et tentures tissés au métier (الدرازة) par les femmes de l'oasis.",
                new String[] {
                    "Mbarka Ait Lahcen:F:1972:PRESIDENT",
                    "Fadma Oulhaj:F:1980:MEMBER",
                    "Rkia Bouhou:F:1986:MEMBER",
                    "Itto Ouchen:F:1995:MEMBER",
                    "Lahcen Boutkhil:M:1977:MEMBER"
                });
        actor(
                demo("assoc-ifrane-tourisme"),
                ActorType.ASSOCIATION,
                "جمعية أفران الأطلس الصغير للسياحة التضامنية",
                "Association de tourisme solidaire d'Ifrane Atlas Saghir",
                "SOLIDARITY_TOURISM",
                "10.261.03.07",
                null,
                "Accueil chez l'habitant et randonnées vers les greniers collectifs.",
                new String[] {
                    "Yassine Ait Oufella:M:1996:PRESIDENT",
                    "Hamza Idbelkas:M:1999:MEMBER",
                    "Meryem Akhiat:F:2002:MEMBER",
                    "Ayoub Ouhammou:M:1998:MEMBER"
                });
        actor(
                demo("coop-tmour-taghjijt"),
                ActorType.COOPERATIVE,
                "تعاونية تمور تغجيجت",
                "Coopérative des dattes de Taghjijt",
                "DATES",
                "10.261.03.11",
                null,
                "Dattes de l'oasis de Taghjijt, triées et conditionnées.",
                new String[] {
                    "Mbark Oubaha:M:1968:PRESIDENT", "Ali Ousalem:M:1972:MEMBER", "Zineb Ait Said:F:1990:MEMBER"
                });
        actor(
                demo("coop-couscous-smara"),
                ActorType.COOPERATIVE,
                "التعاونية النسوية للكسكس بالسمارة",
                "Coopérative féminine de couscous de Smara",
                "COUSCOUS",
                "11.221.01.01",
                null,
                "Couscous roulé à la main et produits du terroir sahraoui, équipés par le programme d'économie sociale.",
                new String[] {
                    "Salka Mint Ahmed:F:1990:PRESIDENT",
                    "Fatimetou Mint Sidi:F:1997:MEMBER",
                    "Mariem Mint Brahim:F:1999:MEMBER",
                    "Aminetou Mint Salem:F:2000:MEMBER"
                });
        actor(
                demo("tpe-menuiserie-beni-mellal"),
                ActorType.TPE,
                "مقاولة النجارة الحديثة ببني ملال",
                "Menuiserie moderne de Béni Mellal",
                "CARPENTRY",
                "05.091.01.01",
                null,
                "Meubles en bois de cèdre et portes sculptées, membre du réseau ASSURIF.",
                new String[] {"Anass Chraibi:M:1995:PRESIDENT", "Walid Harrak:M:1998:EMPLOYEE"});
        actor(
                demo("ae-couture-guelmim"),
                ActorType.AUTO_ENTREPRENEUR,
                "خياطة ليلى - كلميم",
                "Couture Leila — Guelmim",
                "SEWING",
                "10.261.01.03",
                null,
                "Caftans et melhfas sur mesure.",
                new String[] {"Leila Boukhris:F:1994:PRESIDENT"});
        actor(
                demo("coop-amal-drargua"),
                ActorType.COOPERATIVE,
                "تعاونية الأمل للصبار بالدراركة",
                "Coopérative Al Amal du cactus de Drargua",
                "CACTUS",
                "09.001.05.09",
                null,
                "Huile de pépins de figue de Barbarie et confiture de cactus.",
                new String[] {
                    "Hafida Ouchrif:F:1981:PRESIDENT", "Saida Bikri:F:1989:MEMBER", "Jamila Aoufi:F:1993:MEMBER"
                });
    }

    private void actor(
            UUID id,
            ActorType type,
            String ar,
            String fr,
            String valueChain,
            String communeCode,
            String ice,
            String story,
            String[] people) {
        long commune = territories.byCode(communeCode).orElseThrow().id();
        NewActor actor = new NewActor(
                type,
                ar,
                fr,
                null,
                type == ActorType.COOPERATIVE ? "Coopérative (loi 112-12)" : null,
                LocalDate.of(2015 + Math.floorMod(id.hashCode(), 9), 1 + Math.floorMod(id.hashCode(), 12), 15),
                valueChain,
                commune,
                null,
                null,
                null,
                null,
                null,
                null,
                story,
                null,
                null,
                null,
                ice,
                null);
        actors.register(id, actor);
        int i = 0;
        for (String person : people) {
            String[] p = person.split(":");
            members.add(
                    UUID.nameUUIDFromBytes((id + ":" + i++).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    id,
                    new NewMember(
                            p[0],
                            p[1],
                            Integer.parseInt(p[2]),
                            null,
                            null,
                            MemberRole.valueOf(p[3]),
                            LocalDate.of(2016, 3, 1),
                            CONSENT));
        }
    }

    static UUID demo(String key) {
        return DemoPartyIds.of(key);
    }
}
