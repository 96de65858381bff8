package ma.tadamon.observatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.tadamon.platform.indicators.Dimension;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An answer as a table for downloads: stable codes and names side by side (territory code and
 * name, period, each dimension's code and label), then numerator, denominator and value. The rows
 * are the page's rows, so their sum is the page's total.
 */
@Component
class IndicatorTable {

    private final MessageSource messages;
    private final DimensionLabels labels;

    IndicatorTable(MessageSource messages, DimensionLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    record Table(List<String> header, List<List<@Nullable Object>> rows) {}

    Table of(IndicatorResult result, Locale locale) {
        IndicatorQuery query = result.query();
        List<String> header = new ArrayList<>();
        boolean territory = query.level() != null;
        if (territory) {
            header.add("territory");
            header.add("territory_name");
        }
        if (query.grain() != null) {
            header.add("period");
        }
        for (Dimension dimension : query.by()) {
            header.add(dimension.parameter());
            header.add(dimension.parameter() + "_name");
        }
        header.add("numerator");
        if (result.indicator().denominator() != null) {
            header.add("denominator");
        }
        header.add("value");
        DimensionLabels.Labeller labeller = labels.labeller(locale);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (IndicatorResult.Row row : result.rows()) {
            List<@Nullable Object> cells = new ArrayList<>();
            if (territory) {
                cells.add(row.territory() == null ? null : row.territory().code());
                cells.add(row.territory() == null ? null : row.territory().name(locale));
            }
            if (query.grain() != null) {
                cells.add(row.period());
            }
            for (int i = 0; i < query.by().size(); i++) {
                String value = row.dimensions().get(i);
                cells.add(value);
                cells.add(labeller.label(query.by().get(i), value));
            }
            cells.add(row.numerator());
            if (result.indicator().denominator() != null) {
                cells.add(row.denominator());
            }
            cells.add(row.value());
            rows.add(cells);
        }
        return new Table(header, rows);
    }

    /** The file name of a download: the indicator's code, the territory, and the date. */
    String filename(IndicatorResult result, String extension) {
        return result.indicator().code().replace('.', '-') + "_"
                + result.query().scope().code() + "." + extension;
    }

    String unit(IndicatorResult result, Locale locale) {
        return messages.getMessage("obs.unit." + result.indicator().unit().name(), null, locale);
    }
}
