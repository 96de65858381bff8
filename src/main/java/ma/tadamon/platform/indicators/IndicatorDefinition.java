package ma.tadamon.platform.indicators;

import java.util.List;
import java.util.Set;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as data. The code is its stable identifier in URLs and open data
 * ({@code module.name}, lower case). The value is the numerator, or numerator / denominator (× 100
 * for a percentage) when there is a denominator. {@code periodic} indicators are flows counted
 * within periods (sales, creations); the others are stocks counted as of now (actors, members).
 * {@code finestLevel} is the smallest territory the facts are located in (COMMUNE or PROVINCE).
 * {@code coverageMeasure} names a reference total the value can be compared with (e.g.
 * {@code cooperatives}); {@code restricted} indicators are shown to observatory analysts only.
 */
public record IndicatorDefinition(
        String code,
        String source,
        LocalizedText name,
        LocalizedText definition,
        LocalizedText numerator,
        @Nullable LocalizedText denominator,
        Unit unit,
        List<Dimension> dimensions,
        boolean periodic,
        String finestLevel,
        @Nullable String coverageMeasure,
        boolean restricted) {

    public IndicatorDefinition {
        if (!code.matches("[a-z]+\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("Indicator codes read module.name in lower case: " + code);
        }
        if (unit == Unit.PERCENT && denominator == null) {
            throw new IllegalArgumentException("A percentage needs a denominator: " + code);
        }
        dimensions = List.copyOf(dimensions);
    }

    public boolean supports(Dimension dimension) {
        return dimensions.contains(dimension);
    }

    public boolean supportsAll(Set<Dimension> wanted) {
        return dimensions.containsAll(wanted);
    }
}
