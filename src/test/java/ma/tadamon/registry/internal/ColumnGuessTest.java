package ma.tadamon.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnGuessTest {

    @Test
    void aProvinceSheetWithFrenchAndArabicHeadersIsMappedFieldByField() {
        List<String> header = List.of(
                "N°",
                "Nom",
                "الاسم",
                "Type",
                "Filière",
                "Commune",
                "N° d'immatriculation",
                "Date d’immatriculation",
                "ICE",
                "Téléphone",
                "Adresse e-mail",
                "Observations");
        List<List<String>> sample = List.of(List.of(
                "1",
                "Coopérative Tifawin",
                "تعاونية تيفاوين",
                "Coopérative",
                "Argane",
                "Aourir",
                "RC 123",
                "15/01/2016",
                "004512345000079",
                "0528 00 00 00",
                "tifawin@example.ma",
                ""));
        assertThat(ColumnGuess.guess(ImportKind.ACTORS, header, sample))
                .containsExactly(
                        "rowId",
                        "nameFr",
                        "nameAr",
                        "type",
                        "valueChain",
                        "commune",
                        "registrationNumber",
                        "registrationDate",
                        "ice",
                        "phone",
                        "email",
                        ColumnGuess.IGNORE);
    }

    @Test
    void theColumnNamesOfADirectoryDownloadMapBackToTheirFields() {
        List<String> header = List.of(
                "id",
                "type",
                "name_ar",
                "name_fr",
                "name_en",
                "legal_form",
                "created_on",
                "value_chain",
                "sector",
                "commune_code",
                "commune_ar",
                "registration_number",
                "registration_authority",
                "registration_date",
                "ice",
                "phone",
                "email",
                "latitude",
                "longitude",
                "women_led");
        assertThat(ColumnGuess.guess(ImportKind.ACTORS, header, List.of()))
                .containsExactly(
                        "rowId",
                        "type",
                        "nameAr",
                        "nameFr",
                        "nameEn",
                        "legalForm",
                        "createdOn",
                        "valueChain",
                        ColumnGuess.IGNORE,
                        "commune",
                        ColumnGuess.IGNORE,
                        "registrationNumber",
                        "registrationAuthority",
                        "registrationDate",
                        "ice",
                        "phone",
                        "email",
                        "latitude",
                        "longitude",
                        ColumnGuess.IGNORE);
    }

    @Test
    void aGenericNameGoesToArabicOrFrenchByTheScriptOfItsValuesElseOfItsHeader() {
        assertThat(ColumnGuess.guess(
                        ImportKind.ACTORS,
                        List.of("Nom", "Commune", "Filière"),
                        List.of(List.of("تعاونية الأمل", "Drargua", "Cactus"), List.of("", "", ""))))
                .containsExactly("nameAr", "commune", "valueChain");
        assertThat(ColumnGuess.guess(ImportKind.ACTORS, List.of("الاسم", "الجماعة", "النشاط"), List.of()))
                .containsExactly("nameAr", "commune", "valueChain");
        assertThat(ColumnGuess.guess(ImportKind.ACTORS, List.of("name", "name_ar"), List.of()))
                .containsExactly("nameFr", "nameAr");
    }

    @Test
    void membersHeadersInFrenchArabicAndEnglish() {
        assertThat(ColumnGuess.guess(
                        ImportKind.MEMBERS,
                        List.of(
                                "Nom et prénom",
                                "Sexe",
                                "Année de naissance",
                                "Fonction",
                                "Date d'adhésion",
                                "CIN",
                                "Téléphone",
                                "N° d'immatriculation de la coopérative"),
                        List.of()))
                .containsExactly("fullName", "gender", "birthYear", "role", "joinedOn", "nationalId", "phone", "actor");
        assertThat(ColumnGuess.guess(
                        ImportKind.MEMBERS,
                        List.of(
                                "الاسم الكامل",
                                "الجنس",
                                "سنة الازدياد",
                                "الصفة",
                                "تاريخ الانخراط",
                                "رقم البطاقة الوطنية"),
                        List.of()))
                .containsExactly("fullName", "gender", "birthYear", "role", "joinedOn", "nationalId");
        assertThat(ColumnGuess.guess(
                        ImportKind.MEMBERS, List.of("actor_id", "Prénom", "Nom", "gender", "joined_on"), List.of()))
                .containsExactly("actor", "firstName", "fullName", "gender", "joinedOn");
    }

    @Test
    void aFieldGoesToOneColumnOnlyAndUnknownHeadersAreLeftOut() {
        assertThat(ColumnGuess.guess(ImportKind.ACTORS, List.of("Téléphone", "Tél", "GSM", "Remarque", ""), List.of()))
                .containsExactly("phone", "", "", "", "");
    }
}
