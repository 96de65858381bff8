package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.util.Locale;
import ma.tadamon.platform.LocalizedText;

/** One line of an edition's scoring grid: points from 0 to {@code maxPoints}, counted with its weight. */
public record ScoreCriterion(String code, LocalizedText name, BigDecimal weight, int maxPoints) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
