package ma.tadamon.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an actor counts as women-led or youth-led (configurable; defaults from the field): the
 * president is a woman, or women are at least half of the members; the president is 18–34, or
 * members aged 18–34 are at least half. Employees are not members for these counts.
 */
@ConfigurationProperties("tadamon.registry.leadership")
public record LeadershipRules(double womenShare, int youthFrom, int youthTo, double youthShare) {

    public LeadershipRules {
        if (womenShare <= 0 || womenShare > 1 || youthShare <= 0 || youthShare > 1 || youthFrom > youthTo) {
            throw new IllegalArgumentException("Invalid leadership rules");
        }
    }

    public static LeadershipRules defaults() {
        return new LeadershipRules(0.5, 18, 34, 0.5);
    }

    /** Counts of current members (employees excluded) and the president's traits, if there is one. */
    public record Composition(
            int members,
            int women,
            int young,
            @Nullable String presidentGender,
            @Nullable Integer presidentAge) {}

    public boolean womenLed(Composition c) {
        return "F".equals(c.presidentGender()) || (c.members() > 0 && c.women() >= womenShare * c.members());
    }

    public boolean youthLed(Composition c) {
        boolean youngPresident =
                c.presidentAge() != null && c.presidentAge() >= youthFrom && c.presidentAge() <= youthTo;
        return youngPresident || (c.members() > 0 && c.young() >= youthShare * c.members());
    }
}
