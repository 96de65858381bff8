package ma.tadamon.platform.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the observatory asks a provider for: facts within [{@code from}, {@code to}) (periodic
 * indicators only), grouped by {@code grain} when given and by the {@code by} dimensions, keeping
 * only the dimension values in {@code filters}. Territory roll-up is the observatory's job.
 */
public record FactQuery(
        LocalDate from,
        LocalDate to,
        @Nullable PeriodGrain grain,
        Set<Dimension> by,
        Map<Dimension, List<String>> filters) {

    public FactQuery {
        by = Set.copyOf(by);
        filters = Map.copyOf(filters);
    }

    public boolean keeps(Dimension dimension, String value) {
        List<String> wanted = filters.get(dimension);
        return wanted == null || wanted.contains(value);
    }
}
