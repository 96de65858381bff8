package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.tadamon.platform.SearchText;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.MemberRole;

/**
 * Reads the values people type in spreadsheets: dates as 2024-01-15, 15/01/2024 or 15.01.2024 (day
 * first, as in Morocco); years; decimals with a comma or a point; and words for types, roles and
 * gender in Arabic, French or English ("امرأة", "femme", "F"), compared after normalisation.
 */
final class ImportValues {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})([T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(\\.0+)?");

    private static final Map<String, String> GENDERS = words(Map.of(
            "F",
            new String[] {
                "F",
                "femme",
                "féminin",
                "feminine",
                "female",
                "woman",
                "W",
                "fille",
                "امرأة",
                "إمرأة",
                "مرأة",
                "أنثى",
                "انثى",
                "سيدة",
                "ذات",
                "أ"
            },
            "M",
            new String[] {"M", "H", "homme", "masculin", "male", "man", "garçon", "ذكر", "رجل", "ذ"}));

    private static final Map<String, String> ROLES = words(Map.of(
            MemberRole.PRESIDENT.name(),
            new String[] {"président", "présidente", "رئيس", "رئيسة", "الرئيس", "الرئيسة"},
            MemberRole.VICE_PRESIDENT.name(),
            new String[] {"vice-président", "vice-présidente", "vice president", "نائب الرئيس", "نائبة الرئيس"},
            MemberRole.TREASURER.name(),
            new String[] {"trésorier", "trésorière", "أمين المال", "أمينة المال"},
            MemberRole.SECRETARY.name(),
            new String[] {"secrétaire", "secrétaire général", "كاتب", "كاتبة", "الكاتب العام", "الكاتبة العامة"},
            MemberRole.BOARD_MEMBER.name(),
            new String[] {
                "membre du conseil",
                "administrateur",
                "administratrice",
                "conseiller",
                "conseillère",
                "board",
                "مستشار",
                "مستشارة",
                "عضو المجلس",
                "عضو مجلس الإدارة"
            },
            MemberRole.MEMBER.name(),
            new String[] {"membre", "adhérent", "adhérente", "عضو", "عضوة", "منخرط", "منخرطة"},
            MemberRole.EMPLOYEE.name(),
            new String[] {"employé", "employée", "salarié", "salariée", "أجير", "أجيرة", "موظف", "موظفة"}));

    private static final Map<String, String> TYPES = words(Map.of(
            ActorType.COOPERATIVE.name(),
            new String[] {"coopérative", "coop", "تعاونية"},
            ActorType.UNION.name(),
            new String[] {"union de coopératives", "union of cooperatives", "اتحاد", "اتحاد التعاونيات"},
            ActorType.ASSOCIATION.name(),
            new String[] {"جمعية"},
            ActorType.TPE.name(),
            new String[] {"très petite entreprise", "very small enterprise", "entreprise", "مقاولة", "مقاولة صغيرة جدا"
            },
            ActorType.AUTO_ENTREPRENEUR.name(),
            new String[] {"auto-entrepreneur", "autoentrepreneur", "مقاول ذاتي", "المقاول الذاتي"},
            ActorType.PROJECT_HOLDER.name(),
            new String[] {"porteur de projet", "porteuse de projet", "حامل مشروع", "حاملة مشروع", "صاحب مشروع"}));

    private ImportValues() {}

    /** A date, or empty for an empty cell. @throws IllegalArgumentException for anything else */
    static Optional<LocalDate> date(String raw) {
        String value = raw.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(value, e);
        }
        throw new IllegalArgumentException(value);
    }

    /** A year ("1985", "1985.0"), or the year of a date. @throws IllegalArgumentException otherwise */
    static Optional<Integer> year(String raw) {
        String value = raw.trim();
        Matcher year = YEAR.matcher(value);
        if (year.matches()) {
            return Optional.of(Integer.parseInt(year.group(1)));
        }
        return date(value).map(LocalDate::getYear);
    }

    /** @throws IllegalArgumentException when not a number */
    static Optional<BigDecimal> decimal(String raw) {
        String value = raw.trim().replace(',', '.');
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    /** "F" or "M", if the word is known. */
    static Optional<String> gender(String raw) {
        return Optional.ofNullable(GENDERS.get(SearchText.normalize(raw)));
    }

    /** The role, if the word is known; an empty cell is a plain member. */
    static Optional<MemberRole> role(String raw) {
        if (raw.isBlank()) {
            return Optional.of(MemberRole.MEMBER);
        }
        return Optional.ofNullable(ROLES.get(SearchText.normalize(raw))).map(MemberRole::valueOf);
    }

    /** The type of actor, if the value is or starts with a known word ("Coopérative agricole"). */
    static Optional<ActorType> type(String raw) {
        String value = SearchText.normalize(raw);
        String code = TYPES.get(value);
        if (code == null) {
            code = TYPES.entrySet().stream()
                    .filter(e -> value.startsWith(e.getKey() + " "))
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getValue)
                    .orElse(null);
        }
        return Optional.ofNullable(code).map(ActorType::valueOf);
    }

    /** Word → code, keyed by the normalised word; each code is also a word for itself ("VICE_PRESIDENT"). */
    private static Map<String, String> words(Map<String, String[]> byCode) {
        Map<String, String> words = new HashMap<>();
        byCode.forEach((code, list) -> {
            words.put(SearchText.normalize(code), code);
            for (String word : list) {
                words.put(SearchText.normalize(word), code);
            }
        });
        return Map.copyOf(words);
    }
}
