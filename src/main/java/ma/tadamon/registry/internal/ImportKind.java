package ma.tadamon.registry.internal;

import java.util.List;
import java.util.Optional;

/**
 * What a spreadsheet holds: actors or members. Each kind has its fields, the words that name them
 * in the headers people write (Arabic, French, English; compared after {@link
 * ma.tadamon.platform.SearchText} normalisation) and the job that runs it.
 */
enum ImportKind {
    ACTORS(
            "registry.actor-import",
            List.of(
                    ImportField.of(
                            "type",
                            "type",
                            "nature",
                            "categorie",
                            "category",
                            "kind",
                            "type d acteur",
                            "actor type",
                            "نوع",
                            "النوع",
                            "الصنف",
                            "الفئة"),
                    ImportField.of(
                            "nameAr",
                            "name ar",
                            "nom ar",
                            "nom arabe",
                            "nom en arabe",
                            "arabic name",
                            "name arabic",
                            "denomination ar",
                            "الاسم بالعربية",
                            "الاسم بالعربي",
                            "الاسم العربي"),
                    ImportField.of(
                            "nameFr",
                            "name fr",
                            "nom fr",
                            "nom francais",
                            "nom en francais",
                            "french name",
                            "name french",
                            "denomination fr",
                            "الاسم بالفرنسية",
                            "الاسم بالفرنسي"),
                    ImportField.of(
                            "nameEn",
                            "name en",
                            "nom anglais",
                            "nom en anglais",
                            "english name",
                            "name english",
                            "الاسم بالانجليزية"),
                    ImportField.of(
                            "legalForm",
                            "forme juridique",
                            "legal form",
                            "statut juridique",
                            "الشكل القانوني",
                            "الصيغة القانونية"),
                    ImportField.of(
                            "createdOn",
                            "date de creation",
                            "date creation",
                            "created on",
                            "creation date",
                            "created",
                            "founded",
                            "تاريخ التاسيس",
                            "تاريخ الانشاء"),
                    ImportField.of(
                            "valueChain",
                            "filiere",
                            "value chain",
                            "chain",
                            "activite",
                            "activity",
                            "filiere de production",
                            "السلسلة",
                            "سلسلة الانتاج",
                            "النشاط",
                            "سلسلة القيمة"),
                    ImportField.of(
                            "commune",
                            "commune",
                            "code commune",
                            "commune code",
                            "commune id",
                            "municipality",
                            "الجماعة",
                            "رمز الجماعة",
                            "الجماعة الترابية"),
                    ImportField.of("address", "adresse", "address", "siege", "siege social", "العنوان", "المقر"),
                    ImportField.of("latitude", "latitude", "lat", "خط العرض"),
                    ImportField.of("longitude", "longitude", "lon", "lng", "long", "خط الطول"),
                    ImportField.of("phone", "telephone", "tel", "phone", "gsm", "mobile", "الهاتف", "رقم الهاتف"),
                    ImportField.of(
                            "email",
                            "email",
                            "e mail",
                            "mail",
                            "courriel",
                            "adresse e mail",
                            "adresse mail",
                            "adresse electronique",
                            "البريد الالكتروني",
                            "البريد"),
                    ImportField.of(
                            "storyAr",
                            "description ar",
                            "description arabe",
                            "story ar",
                            "نبذة",
                            "نبذة بالعربية",
                            "الوصف"),
                    ImportField.of(
                            "storyFr",
                            "description fr",
                            "description",
                            "presentation",
                            "story fr",
                            "story",
                            "نبذة بالفرنسية"),
                    ImportField.of(
                            "registrationNumber",
                            "numero d immatriculation",
                            "n d immatriculation",
                            "immatriculation",
                            "registration number",
                            "registration no",
                            "registration",
                            "numero du registre",
                            "n registre",
                            "رقم التسجيل",
                            "رقم القيد",
                            "رقم التقييد"),
                    ImportField.of(
                            "registrationAuthority",
                            "autorite d immatriculation",
                            "tribunal",
                            "registration authority",
                            "registered at",
                            "المحكمة",
                            "جهة التسجيل"),
                    ImportField.of(
                            "registrationDate",
                            "date d immatriculation",
                            "registration date",
                            "date du registre",
                            "تاريخ التسجيل",
                            "تاريخ القيد"),
                    ImportField.of(
                            "ice",
                            "ice",
                            "identifiant commun",
                            "identifiant commun de l entreprise",
                            "التعريف الموحد",
                            "التعريف الموحد للمقاولة"),
                    ImportField.of(
                            "rib", "rib", "compte bancaire", "bank account", "الحساب البنكي", "رقم الحساب البنكي"),
                    ImportField.exact(
                            "rowId",
                            "id",
                            "row id",
                            "source id",
                            "identifiant",
                            "ref",
                            "reference",
                            "numero",
                            "n",
                            "no",
                            "num",
                            "المعرف",
                            "الرقم",
                            "رقم",
                            "الرقم الترتيبي")),
            List.of(new ImportField.Generic(
                    "nameAr",
                    "nameFr",
                    "nom",
                    "name",
                    "denomination",
                    "raison sociale",
                    "designation",
                    "nom de la cooperative",
                    "nom de l association",
                    "organisation",
                    "الاسم",
                    "اسم",
                    "التسمية",
                    "اسم التعاونية",
                    "اسم الجمعية"))),
    MEMBERS(
            "registry.member-import",
            List.of(
                    ImportField.of(
                            "actor",
                            "acteur",
                            "actor",
                            "actor id",
                            "id acteur",
                            "cooperative",
                            "organisation",
                            "association",
                            "ice",
                            "immatriculation",
                            "n d immatriculation",
                            "registration number",
                            "التعاونية",
                            "الجمعية",
                            "الهيئة",
                            "رقم التسجيل"),
                    ImportField.of(
                            "fullName",
                            "nom complet",
                            "nom et prenom",
                            "nom prenom",
                            "prenom et nom",
                            "full name",
                            "name",
                            "nom",
                            "nom de famille",
                            "last name",
                            "family name",
                            "membre",
                            "member",
                            "الاسم الكامل",
                            "الاسم والنسب",
                            "الاسم",
                            "النسب",
                            "الاسم العائلي"),
                    ImportField.of("firstName", "prenom", "first name", "given name", "الاسم الشخصي"),
                    ImportField.of("gender", "sexe", "genre", "gender", "sex", "الجنس", "النوع"),
                    ImportField.of(
                            "birthYear",
                            "annee de naissance",
                            "birth year",
                            "year of birth",
                            "date de naissance",
                            "date of birth",
                            "naissance",
                            "born",
                            "سنة الازدياد",
                            "سنة الولادة",
                            "تاريخ الازدياد",
                            "تاريخ الولادة"),
                    ImportField.of(
                            "role", "role", "fonction", "qualite", "poste", "position", "الصفة", "المهمة", "الدور"),
                    ImportField.of(
                            "joinedOn",
                            "date d adhesion",
                            "adhesion",
                            "date d entree",
                            "join date",
                            "joined",
                            "joined on",
                            "membership date",
                            "تاريخ الانخراط",
                            "تاريخ العضوية"),
                    ImportField.of(
                            "nationalId",
                            "cin",
                            "cnie",
                            "national id",
                            "carte nationale",
                            "رقم البطاقة الوطنية",
                            "البطاقة الوطنية",
                            "ب ت و"),
                    ImportField.of("phone", "telephone", "tel", "phone", "gsm", "mobile", "الهاتف", "رقم الهاتف")),
            List.of());

    final String jobKind;
    final List<ImportField> fields;
    final List<ImportField.Generic> generics;

    ImportKind(String jobKind, List<ImportField> fields, List<ImportField.Generic> generics) {
        this.jobKind = jobKind;
        this.fields = fields;
        this.generics = generics;
    }

    List<String> fieldNames() {
        return fields.stream().map(ImportField::name).toList();
    }

    static Optional<ImportKind> ofJob(String jobKind) {
        for (ImportKind kind : values()) {
            if (kind.jobKind.equals(jobKind)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
