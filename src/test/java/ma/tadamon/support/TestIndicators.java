package ma.tadamon.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.indicators.FactQuery;
import ma.tadamon.platform.indicators.IndicatorDefinition;
import ma.tadamon.platform.indicators.IndicatorFact;
import ma.tadamon.platform.indicators.IndicatorProvider;
import ma.tadamon.platform.indicators.Unit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A module the observatory has never heard of, as funding or procurement will be: it adds a
 * restricted indicator through the platform's interface alone (42 in Tiznit, 8 in Taounate).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIndicators {

    public static final String RESTRICTED = "test.restricted-figure";

    @Bean
    IndicatorProvider testIndicatorProvider(Territories territories) {
        return new IndicatorProvider() {
            @Override
            public List<IndicatorDefinition> indicators() {
                LocalizedText text = new LocalizedText("رقم تجريبي", "Chiffre d’essai", "Test figure");
                return List.of(new IndicatorDefinition(
                        RESTRICTED,
                        "test",
                        text,
                        text,
                        text,
                        null,
                        Unit.COUNT,
                        List.of(),
                        false,
                        "COMMUNE",
                        null,
                        true));
            }

            @Override
            public List<IndicatorFact> facts(String code, FactQuery query) {
                return List.of(
                        new IndicatorFact(
                                territories.byCode("09.581.01.07").orElseThrow().id(),
                                null,
                                Map.of(),
                                BigDecimal.valueOf(42),
                                null),
                        new IndicatorFact(
                                territories.byCode("03.531.01.05").orElseThrow().id(),
                                null,
                                Map.of(),
                                BigDecimal.valueOf(8),
                                null));
            }

            @Override
            public Optional<Instant> lastUpdated(String code) {
                return Optional.empty();
            }
        };
    }
}
