package ma.tadamon.observatory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.tadamon.platform.indicators.IndicatorDefinition;

/** Where the rows of some indicators come from: the observatory's rollups, or a module's provider. */
interface IndicatorSource {

    List<IndicatorDefinition> indicators();

    List<FactRow> rows(IndicatorQuery query);

    Optional<Instant> lastUpdated(IndicatorDefinition indicator);
}
