package ma.tadamon.fairs.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import ma.tadamon.fairs.DemoFairIds;
import ma.tadamon.fairs.Edition;
import ma.tadamon.fairs.EditionStatus;
import ma.tadamon.fairs.Editions;
import ma.tadamon.fairs.NewSession;
import ma.tadamon.fairs.Programme;
import ma.tadamon.fairs.Registrations;
import ma.tadamon.fairs.SessionKind;
import ma.tadamon.fairs.SessionTopic;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.demo.DemoData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo editions' programmes: in Taounate the five trainings of the seeds (financing, marketing
 * plan, e-marketing, packaging, certification), a success-stories seminar and cultural evenings; in
 * Agadir trainings and evenings on the cultural stage; a draft programme for Agadir's next edition.
 * The closed editions' sessions have their registrations, attendance and certificates. Editions are
 * made by the fairs' core demo data; a missing one is skipped, an edition with sessions left as is.
 */
@Component
class ProgrammeDemoData implements DemoData {

    static final String TRAINING_AREA_FR = "Espace formation";
    static final String STAGE_FR = "Scène culturelle";

    /** Participants of the closed editions (fictitious), some in Arabic script, some in Latin. */
    static final List<String> NAMES = List.of(
            "فاطمة الزهراء العلوي",
            "خديجة بنعلي",
            "Naima El Idrissi",
            "محمد أمين التازي",
            "Rachida Ouhmane",
            "زينب الفاسي",
            "Youssef Amrani",
            "حسناء بوزيد",
            "Aicha Ait Brahim",
            "عبد الله الشرقاوي",
            "Malika Benjelloun",
            "سعاد الحمري",
            "Hassan Oubella",
            "نادية الكتاني",
            "Karima Zerhouni",
            "إبراهيم أوبلا",
            "Samira Lahlou",
            "مريم التاونتي",
            "Omar Bennani",
            "لطيفة الغزاوي",
            "Fatiha Moussaoui",
            "رشيد العمراني",
            "Hanane Skalli",
            "سكينة بلحاج");

    private final Editions editions;
    private final Programme programme;
    private final JdbcClient jdbc;

    ProgrammeDemoData(Editions editions, Programme programme, JdbcClient jdbc) {
        this.editions = editions;
        this.programme = programme;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 63;
    }

    @Override
    @Transactional
    public void load() {
        editions.find(DemoFairIds.TAOUNATE_2).filter(this::noProgrammeYet).ifPresent(this::taounate);
        editions.find(DemoFairIds.AGADIR_1).filter(this::noProgrammeYet).ifPresent(this::agadir);
        editions.find(DemoFairIds.AGADIR_2).filter(this::noProgrammeYet).ifPresent(this::agadirDraft);
    }

    private boolean noProgrammeYet(Edition edition) {
        return jdbc.sql("select count(*) from fairs_session where edition_id = ?")
                        .param(edition.id())
                        .query(Long.class)
                        .single()
                == 0;
    }

    void taounate(Edition e) {
        LocalizedText area = text("فضاء التكوين", TRAINING_AREA_FR, "Training area");
        LocalizedText stage = text("المنصة الثقافية", STAGE_FR, "Cultural stage");
        int n = 0;
        session(
                e,
                n++,
                0,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "ar",
                text(
                        "أمسية الافتتاح: فن العيطة الجبلية",
                        "Soirée d’ouverture : aïta jeblia",
                        "Opening evening: Jebli aita"),
                "Troupe Jbala de Taounate",
                0,
                0);
        session(
                e,
                n++,
                1,
                "10:30",
                "12:30",
                SessionKind.TRAINING,
                SessionTopic.FINANCING,
                area,
                30,
                "ary",
                text(
                        "الولوج إلى التمويل: القروض الصغرى، المبادرة الوطنية للتنمية البشرية والبرامج الجهوية",
                        "Accéder au financement : microcrédit, INDH et programmes régionaux",
                        "Access to financing: microcredit, INDH and regional programmes"),
                "Association Al Intilaka, INDH Taounate",
                22,
                18);
        session(
                e,
                n++,
                2,
                "10:30",
                "12:30",
                SessionKind.TRAINING,
                SessionTopic.MARKETING_PLAN,
                area,
                30,
                "ary",
                text(
                        "إعداد مخطط تسويقي لتعاونيتك",
                        "Construire le plan marketing de sa coopérative",
                        "Building your cooperative’s marketing plan"),
                "Chambre d’artisanat Fès-Meknès",
                24,
                20);
        session(
                e,
                n++,
                3,
                "10:30",
                "12:30",
                SessionKind.TRAINING,
                SessionTopic.E_MARKETING,
                area,
                25,
                "ar",
                text(
                        "التسويق الإلكتروني: البيع عبر الشبكات الاجتماعية والمنصات",
                        "E-marketing : vendre sur les réseaux sociaux et les plateformes",
                        "E-marketing: selling on social networks and marketplaces"),
                "Maison de l’économie sociale de Taounate",
                25,
                21);
        session(
                e,
                n++,
                4,
                "10:30",
                "12:30",
                SessionKind.TRAINING,
                SessionTopic.PACKAGING,
                area,
                30,
                "ary",
                text(
                        "التلفيف والتعبئة: حماية المنتوج وإبراز قيمته",
                        "Emballage et conditionnement : protéger et valoriser le produit",
                        "Packaging: protecting and showing off the product"),
                "Office de développement de la coopération (ODCO)",
                19,
                15);
        session(
                e,
                n++,
                5,
                "10:30",
                "12:30",
                SessionKind.TRAINING,
                SessionTopic.CERTIFICATION,
                area,
                30,
                "ar",
                text(
                        "الإشهاد والعلامات: الترخيص الصحي للمكتب الوطني للسلامة الصحية وعلامات الجودة",
                        "Certification et labels : autorisation sanitaire ONSSA et signes de qualité",
                        "Certification and labels: ONSSA health approval and quality signs"),
                "ONSSA, Direction régionale de l’agriculture",
                27,
                23);
        session(
                e,
                n++,
                6,
                "16:00",
                "18:00",
                SessionKind.SUCCESS_STORY,
                null,
                area,
                60,
                "ary",
                text(
                        "ندوة قصص نجاح: تعاونيات من جهات أخرى",
                        "Séminaire des réussites : des coopératives venues d’autres régions",
                        "Success stories: cooperatives from other regions"),
                "Coopérative Tifawin (Aourir), coopérative des dattes de Taghjijt",
                20,
                16);
        session(
                e,
                n,
                7,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "ar",
                text(
                        "أمسية الاختتام: الطقطوقة الجبلية",
                        "Soirée de clôture : taqtouqa jabalia",
                        "Closing evening: Jebli taqtouqa"),
                "Groupe Chamal",
                0,
                0);
    }

    void agadir(Edition e) {
        LocalizedText area = text("فضاء التكوين", TRAINING_AREA_FR, "Training area");
        LocalizedText stage = text("المنصة الثقافية", STAGE_FR, "Cultural stage");
        int n = 0;
        session(
                e,
                n++,
                1,
                "11:00",
                "13:00",
                SessionKind.TRAINING,
                SessionTopic.FINANCING,
                area,
                30,
                "ary",
                text(
                        "تمويل الأنشطة المدرة للدخل",
                        "Financer ses activités génératrices de revenus",
                        "Financing income-generating activities"),
                "Agence du Sud, Association Al Intilaka",
                26,
                22);
        session(
                e,
                n++,
                2,
                "11:00",
                "13:00",
                SessionKind.WORKSHOP,
                SessionTopic.E_MARKETING,
                area,
                20,
                "fr",
                text(
                        "ورشة: تصوير المنتجات بالهاتف",
                        "Atelier : photographier ses produits au téléphone",
                        "Workshop: photographing your products with a phone"),
                "Réseau ASSURIF",
                20,
                17);
        session(
                e,
                n++,
                4,
                "11:00",
                "13:00",
                SessionKind.TRAINING,
                SessionTopic.PACKAGING,
                area,
                30,
                "zgh",
                text("تلفيف منتجات الأركان والعسل", "Conditionner l’argan et le miel", "Packaging argan and honey"),
                "Chambre régionale d’agriculture Souss-Massa",
                18,
                14);
        session(
                e,
                n++,
                5,
                "11:00",
                "13:00",
                SessionKind.SEMINAR,
                SessionTopic.GOVERNANCE,
                area,
                40,
                "ar",
                text(
                        "حكامة التعاونيات: الجمع العام والشفافية",
                        "Gouvernance coopérative : assemblée générale et transparence",
                        "Cooperative governance: general assembly and transparency"),
                "ODCO Agadir",
                15,
                12);
        session(
                e,
                n++,
                0,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "zgh",
                text("أمسية أحواش", "Soirée ahwach", "Ahwach evening"),
                "Troupe Ahwach d’Aourir",
                0,
                0);
        session(
                e,
                n++,
                3,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "zgh",
                text("أمسية الروايس", "Soirée des rrways", "Rrways evening"),
                "Raïssa et ses musiciens",
                0,
                0);
        session(
                e,
                n,
                6,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "ar",
                text("أمسية الاختتام", "Soirée de clôture", "Closing evening"),
                "Orchestre régional",
                0,
                0);
    }

    void agadirDraft(Edition e) {
        LocalizedText area = text("فضاء التكوين", TRAINING_AREA_FR, "Training area");
        LocalizedText stage = text("المنصة الثقافية", STAGE_FR, "Cultural stage");
        int n = 0;
        for (SessionTopic topic : List.of(
                SessionTopic.FINANCING,
                SessionTopic.MARKETING_PLAN,
                SessionTopic.E_MARKETING,
                SessionTopic.CERTIFICATION)) {
            session(
                    e,
                    n,
                    n,
                    "11:00",
                    "13:00",
                    SessionKind.TRAINING,
                    topic,
                    area,
                    30,
                    "ary",
                    text(topicAr(topic), topicFr(topic), null),
                    null,
                    0,
                    0);
            n++;
        }
        session(
                e,
                n,
                1,
                "19:00",
                "21:30",
                SessionKind.CULTURAL,
                null,
                stage,
                null,
                "zgh",
                text("أمسية فنية", "Soirée artistique", "Art evening"),
                null,
                0,
                0);
    }

    /**
     * One session on the edition's day number {@code dayIndex} (kept within its days and hours; left
     * out if it cannot fit), with registrations, attendance and certificates when the edition is closed.
     */
    private void session(
            Edition e,
            int n,
            int dayIndex,
            String from,
            String to,
            SessionKind kind,
            @Nullable SessionTopic topic,
            LocalizedText space,
            @Nullable Integer capacity,
            String language,
            LocalizedText title,
            @Nullable String speakers,
            int registered,
            int present) {
        List<LocalDate> days = e.days();
        LocalDate day = days.get(Math.min(dayIndex, days.size() - 1));
        LocalTime start = LocalTime.parse(from);
        LocalTime end = LocalTime.parse(to);
        if (start.isBefore(e.opensAt())) {
            end = end.plusMinutes(java.time.Duration.between(start, e.opensAt()).toMinutes());
            start = e.opensAt();
        }
        if (end.isAfter(e.closesAt()) || end.isBefore(start)) {
            long length = java.time.Duration.between(LocalTime.parse(from), LocalTime.parse(to))
                    .toMinutes();
            end = e.closesAt();
            start = end.minusMinutes(length);
            if (start.isBefore(e.opensAt())) {
                return;
            }
        }
        boolean draft = e.status() == EditionStatus.PLANNED || e.status() == EditionStatus.CALL_OPEN;
        UUID id = DemoFairIds.of("session:" + e.id() + ":" + n);
        programme.create(
                id,
                e.id(),
                new NewSession(
                        kind,
                        topic,
                        title,
                        new LocalizedText(null, null, null),
                        speakers,
                        day,
                        start,
                        end,
                        space.ar() + " · " + space.fr(),
                        capacity,
                        language,
                        true,
                        draft));
        if (e.status() == EditionStatus.CLOSED) {
            participants(
                    e, id, n, day, start, end, Math.min(registered, capacity == null ? registered : capacity), present);
        }
    }

    private void participants(
            Edition e,
            UUID sessionId,
            int n,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            int registered,
            int present) {
        java.time.ZoneId zone = Programme.ZONE;
        for (int i = 0; i < registered; i++) {
            String name = NAMES.get((i + n * 5) % NAMES.size());
            boolean attended = i < present;
            OffsetDateTime registeredAt = day.minusDays(1 + i % 4)
                    .atTime(9 + i % 10, (i * 7) % 60)
                    .atZone(zone)
                    .toOffsetDateTime();
            OffsetDateTime attendedAt =
                    attended ? day.atTime(start).atZone(zone).toOffsetDateTime() : null;
            OffsetDateTime certifiedAt = attended ? day.atTime(end).atZone(zone).toOffsetDateTime() : null;
            String certificate = null;
            if (attended) {
                long seq = jdbc.sql("select nextval('fairs_certificate_seq')")
                        .query(Long.class)
                        .single();
                certificate = Registrations.certificateNumber(day.getYear(), seq);
            }
            String phone = "+2126%08d".formatted(70_000_000 + Math.abs((e.id().hashCode() % 1000)) * 1000 + n * 40 + i);
            UUID actor = e.id().equals(DemoFairIds.AGADIR_1) && i == 0 ? DemoPartyIds.COOP_TIFAWIN : null;
            jdbc.sql("""
                            insert into fairs_registration (id, session_id, full_name, phone, email, actor_id, locale,
                              registered_at, attended_at, certificate_no, verification_code, certificate_at)
                            values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            DemoFairIds.of("registration:" + sessionId + ":" + i),
                            sessionId,
                            name,
                            phone,
                            actor,
                            name.matches(".*\\p{IsArabic}.*") ? "ar" : "fr",
                            registeredAt,
                            attendedAt,
                            certificate,
                            attended ? Registrations.newVerificationCode() : null,
                            certifiedAt)
                    .update();
        }
    }

    private static String topicAr(SessionTopic topic) {
        return switch (topic) {
            case FINANCING -> "التمويل التضامني";
            case MARKETING_PLAN -> "المخطط التسويقي";
            case E_MARKETING -> "التسويق الإلكتروني";
            case PACKAGING -> "التلفيف";
            case CERTIFICATION -> "الإشهاد والعلامات";
            case GOVERNANCE -> "الحكامة";
            case OTHER -> "تكوين";
        };
    }

    private static String topicFr(SessionTopic topic) {
        return switch (topic) {
            case FINANCING -> "Financement solidaire";
            case MARKETING_PLAN -> "Plan marketing";
            case E_MARKETING -> "E-marketing";
            case PACKAGING -> "Emballage";
            case CERTIFICATION -> "Certification et labels";
            case GOVERNANCE -> "Gouvernance";
            case OTHER -> "Formation";
        };
    }

    private static LocalizedText text(String ar, String fr, @Nullable String en) {
        return new LocalizedText(ar, fr, en);
    }
}
