package ma.tadamon.platform.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A module's indicators: definitions as data, and the facts behind them. Implemented by any module
 * as a Spring bean; the observatory discovers every implementation, so adding an indicator needs
 * no change to the observatory and no dependency on it.
 */
public interface IndicatorProvider {

    List<IndicatorDefinition> indicators();

    /** Facts for one of this provider's indicators, located in territories the observatory rolls up. */
    List<IndicatorFact> facts(String code, FactQuery query);

    /** When the data behind {@code code} last changed, if known. */
    Optional<Instant> lastUpdated(String code);
}
