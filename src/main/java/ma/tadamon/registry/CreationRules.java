package ma.tadamon.registry;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Legal minimums for creating a cooperative under Law 112-12, as configuration: the number of
 * founding natural persons (5 by default; older texts said 7), the share capital (1,000 MAD) and
 * the value of one share (100 MAD).
 */
@ConfigurationProperties("tadamon.registry.creation")
public record CreationRules(int minFounders, BigDecimal minCapital, BigDecimal minShareValue) {

    public CreationRules {
        if (minFounders < 1 || minCapital.signum() < 0 || minShareValue.signum() <= 0) {
            throw new IllegalArgumentException("Invalid creation rules");
        }
    }

    public static CreationRules defaults() {
        return new CreationRules(5, new BigDecimal("1000"), new BigDecimal("100"));
    }
}
