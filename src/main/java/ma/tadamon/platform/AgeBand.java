package ma.tadamon.platform;

/** The age bands of every statistic: under 18, 18–34, 35–49, 50–64, 65 and over. */
public enum AgeBand {
    UNDER_18(0, 17),
    FROM_18_TO_34(18, 34),
    FROM_35_TO_49(35, 49),
    FROM_50_TO_64(50, 64),
    FROM_65(65, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand ofAge(int age) {
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("Age out of range: " + age);
    }

    public static AgeBand of(int birthYear, int year) {
        return ofAge(Math.max(0, year - birthYear));
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
