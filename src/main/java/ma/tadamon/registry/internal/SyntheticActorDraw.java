package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import ma.tadamon.platform.demo.SyntheticContext;
import ma.tadamon.registry.ActorStatus;
import ma.tadamon.registry.ActorType;
import ma.tadamon.registry.MemberRole;
import org.jspecify.annotations.Nullable;

/**
 * One synthetic actor and its members, drawn from a random stream of its own so that it depends
 * only on the seed and its party's id. The weights follow the field: most actors are cooperatives,
 * two thirds work in farm value chains (agriculture and food processing) and the next largest group
 * in handicrafts; about a third of the members are women, concentrated in women's cooperatives
 * (argan, couscous, weaving, sewing...); a few groups are made of young people.
 */
record SyntheticActorDraw(
        ActorType type,
        String valueChain,
        @Nullable String legalForm,
        LocalDate createdOn,
        ActorStatus status,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String phone,
        boolean womenGroup,
        boolean youthGroup,
        long membersSeed) {

    /** Ages and dates are drawn relative to this day, never to the clock, so reruns are identical. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 12, 31);

    private static final Weighted<ActorType> TYPES = new Weighted<ActorType>()
            .add(ActorType.COOPERATIVE, 86)
            .add(ActorType.ASSOCIATION, 6)
            .add(ActorType.UNION, 1)
            .add(ActorType.TPE, 3)
            .add(ActorType.AUTO_ENTREPRENEUR, 2)
            .add(ActorType.PROJECT_HOLDER, 2);

    // Farm value chains (sectors AGRICULTURE and AGRIFOOD) 64 %, handicrafts 18 %, the rest 18 %.
    private static final Weighted<String> VALUE_CHAINS = new Weighted<String>()
            .add("HONEY", 100)
            .add("FIGS", 40)
            .add("DATES", 60)
            .add("SAFFRON", 20)
            .add("CACTUS", 40)
            .add("PAM", 60)
            .add("ARGAN", 90)
            .add("OLIVE_OIL", 80)
            .add("DAIRY", 100)
            .add("COUSCOUS", 50)
            .add("WEAVING", 40)
            .add("CARPETS", 40)
            .add("CARPENTRY", 20)
            .add("SEWING", 50)
            .add("POTTERY", 15)
            .add("LEATHER", 15)
            .add("SOLIDARITY_TOURISM", 20)
            .add("SERVICES", 60)
            .add("HOUSING", 60)
            .add("OTHER", 40);

    /** Value chains where women's cooperatives are the rule rather than the exception. */
    private static final List<String> WOMEN_CHAINS =
            List.of("ARGAN", "COUSCOUS", "WEAVING", "CARPETS", "SEWING", "CACTUS", "PAM");

    private static final Weighted<ActorStatus> STATUSES = new Weighted<ActorStatus>()
            .add(ActorStatus.ACTIVE, 88)
            .add(ActorStatus.DORMANT, 8)
            .add(ActorStatus.IN_LIQUIDATION, 2)
            .add(ActorStatus.DISSOLVED, 2);

    private static final String[] WOMEN = {
        "Fatima", "Khadija", "Aicha", "Zahra", "Malika", "Naima", "Hafida", "Latifa", "Souad", "Nadia",
        "Meryem", "Salma", "Hajar", "Imane", "Sanae", "Hind", "Zineb", "Rkia", "Fadma", "Itto",
        "Mbarka", "Saida", "Jamila", "Karima", "Laila", "Asmae", "Houda", "Siham", "Ghizlane", "Btissam"
    };
    private static final String[] MEN = {
        "Mohamed", "Ahmed", "Hassan", "Hussein", "Said", "Rachid", "Youssef", "Omar", "Brahim", "Lahcen",
        "Mbark", "Ali", "Abdellah", "Driss", "Karim", "Amine", "Hamza", "Ayoub", "Yassine", "Anass",
        "Walid", "Mustapha", "Abdelaziz", "Khalid", "Jamal", "Noureddine", "Hicham", "Aziz", "Mehdi", "Ilyas"
    };
    private static final String[] FAMILIES = {
        "Ait Baha",
        "Amzil",
        "Oubella",
        "Id Ali",
        "Ouhssain",
        "Boutazart",
        "Chaoui",
        "Bennani",
        "Lahlou",
        "Ouazzani",
        "Alami",
        "Tazi",
        "Sefrioui",
        "Fassi",
        "Idrissi",
        "Berrada",
        "Kettani",
        "Amrani",
        "Jebli",
        "Saidi",
        "Mernissi",
        "Filali",
        "Tounsi",
        "Sqalli",
        "Guessous",
        "Ait Lahcen",
        "Oulhaj",
        "Bouhou",
        "Ouchen",
        "Boutkhil",
        "Benali",
        "Ouali",
        "Naciri",
        "Kabbaj",
        "Benjelloun",
        "Chraibi",
        "Harrak",
        "Boukhris",
        "Ouchrif",
        "Bikri",
        "Aoufi",
        "Ait Said",
        "Ousalem",
        "Oubaha",
        "Zerouali",
        "Lamrani"
    };

    /** A person of the actor, as a row of registry_member. */
    record Person(
            UUID id,
            String fullName,
            String gender,
            @Nullable Integer birthYear,
            MemberRole role,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn) {}

    /** The actor of the party with this id, in this commune (whose position may be null). */
    static SyntheticActorDraw of(
            long seed, UUID partyId, @Nullable BigDecimal communeLatitude, @Nullable BigDecimal communeLongitude) {
        SplittableRandom random = new SplittableRandom(
                (seed * 31 + partyId.getMostSignificantBits()) * 31 + partyId.getLeastSignificantBits());
        long membersSeed = random.nextLong();
        ActorType type = TYPES.draw(random);
        String valueChain = VALUE_CHAINS.draw(random);
        // Most actors are young: INDH and the 2014 cooperative law brought a wave of creations.
        int yearsAgo = Math.min(30, (int) (-Math.log(1 - random.nextDouble()) * 7));
        LocalDate createdOn = REFERENCE_DAY.minusYears(yearsAgo).minusDays(random.nextInt(365));
        ActorStatus status = STATUSES.draw(random);
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        if (communeLatitude != null && communeLongitude != null && random.nextInt(100) < 50) {
            latitude = jitter(communeLatitude, random);
            longitude = jitter(communeLongitude, random);
        }
        String phone = random.nextInt(100) < 45
                ? "+212" + (random.nextBoolean() ? '6' : '7') + String.format("%08d", random.nextInt(100_000_000))
                : null;
        boolean womenGroup = random.nextInt(100) < (WOMEN_CHAINS.contains(valueChain) ? 55 : 10);
        boolean youthGroup = random.nextInt(100) < 14;
        return new SyntheticActorDraw(
                type,
                valueChain,
                legalForm(type),
                createdOn,
                status,
                latitude,
                longitude,
                phone,
                womenGroup,
                youthGroup,
                membersSeed);
    }

    /** The members: one president, a board for groups of five or more, members, a few employees. */
    List<Person> members() {
        SplittableRandom random = new SplittableRandom(membersSeed);
        int people = switch (type) {
            case COOPERATIVE -> 5 + exponential(random, 7.6, 195);
            case UNION -> 5 + random.nextInt(11);
            case ASSOCIATION -> 7 + exponential(random, 9, 150);
            case TPE, AUTO_ENTREPRENEUR -> 1;
            case PROJECT_HOLDER -> 1 + random.nextInt(3);
        };
        List<MemberRole> roles = new ArrayList<>(people + 4);
        roles.add(MemberRole.PRESIDENT);
        if (people >= 5) {
            roles.add(MemberRole.TREASURER);
            roles.add(MemberRole.SECRETARY);
        }
        if (people >= 7) {
            roles.add(MemberRole.VICE_PRESIDENT);
        }
        for (int i = 0; i < Math.min(3, (people - 7) / 6); i++) {
            roles.add(MemberRole.BOARD_MEMBER);
        }
        while (roles.size() < people) {
            roles.add(MemberRole.MEMBER);
        }
        int employees = switch (type) {
            case TPE -> random.nextInt(6);
            case COOPERATIVE, ASSOCIATION, UNION ->
                people >= 10 && random.nextInt(100) < 30 ? 1 + random.nextInt(3) : 0;
            default -> 0;
        };
        for (int i = 0; i < employees; i++) {
            roles.add(MemberRole.EMPLOYEE);
        }
        int days = (int) ChronoUnit.DAYS.between(createdOn, REFERENCE_DAY);
        List<Person> persons = new ArrayList<>(roles.size());
        for (MemberRole role : roles) {
            boolean president = role == MemberRole.PRESIDENT;
            boolean woman = random.nextInt(1000) < womenPerMille(president);
            String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
            String name = first + " " + FAMILIES[random.nextInt(FAMILIES.length)];
            Integer birthYear =
                    !president && random.nextInt(100) < 2 ? null : REFERENCE_DAY.getYear() - age(random, role);
            LocalDate joined = role.onBoard() ? createdOn : createdOn.plusDays(random.nextInt(days + 1));
            LocalDate left = role == MemberRole.MEMBER && random.nextInt(100) < 4
                    ? joined.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(joined, REFERENCE_DAY) + 1))
                    : null;
            persons.add(
                    new Person(SyntheticContext.uuid(random), name, woman ? "F" : "M", birthYear, role, joined, left));
        }
        return persons;
    }

    private int womenPerMille(boolean president) {
        if (womenGroup) {
            return president ? 970 : 930;
        }
        return president ? 60 : 130;
    }

    /** Age at {@link #REFERENCE_DAY}: young groups are mostly 18–34; presidents are older than members. */
    private int age(SplittableRandom random, MemberRole role) {
        if (youthGroup && (role == MemberRole.PRESIDENT || random.nextInt(100) < 80)) {
            return 18 + random.nextInt(17);
        }
        int band = random.nextInt(100);
        if (role == MemberRole.PRESIDENT) {
            return band < 10
                    ? 25 + random.nextInt(10)
                    : band < 50
                            ? 35 + random.nextInt(15)
                            : band < 88 ? 50 + random.nextInt(15) : 65 + random.nextInt(12);
        }
        return band < 26
                ? 18 + random.nextInt(17)
                : band < 62 ? 35 + random.nextInt(15) : band < 90 ? 50 + random.nextInt(15) : 65 + random.nextInt(15);
    }

    private static int exponential(SplittableRandom random, double mean, int max) {
        return Math.min(max, (int) (-Math.log(1 - random.nextDouble()) * mean));
    }

    private static BigDecimal jitter(BigDecimal degrees, SplittableRandom random) {
        return degrees.add(BigDecimal.valueOf(random.nextDouble(-0.04, 0.04))).setScale(6, RoundingMode.HALF_UP);
    }

    private static @Nullable String legalForm(ActorType type) {
        return switch (type) {
            case COOPERATIVE -> "Coopérative (loi 112-12)";
            case UNION -> "Union de coopératives (loi 112-12)";
            case ASSOCIATION -> "Association (dahir 1-58-376)";
            case TPE -> "SARL AU";
            case AUTO_ENTREPRENEUR -> "Auto-entrepreneur (loi 114-13)";
            case PROJECT_HOLDER -> null;
        };
    }

    /** A draw among values in proportion to integer weights. */
    static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted<T> add(T value, int weight) {
            values.add(value);
            total += weight;
            cumulative.add(total);
            return this;
        }

        T draw(SplittableRandom random) {
            int n = random.nextInt(total);
            for (int i = 0; i < values.size(); i++) {
                if (n < cumulative.get(i)) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException();
        }
    }
}
