package ma.tadamon.platform.charts;

import java.util.List;
import ma.tadamon.platform.charts.SvgCharts.Options;
import ma.tadamon.platform.charts.SvgCharts.Series;

/** Series over periods: a line each, a dot each value, the line broken where a value is missing. */
final class LineChart {

    private final Frame frame;
    private final List<String> periods;
    private final List<Series> series;
    private final Options options;

    LineChart(String title, List<String> periods, List<Series> series, Options options) {
        this.frame = new Frame(title, options);
        this.periods = periods;
        this.series = series;
        this.options = options;
    }

    String draw() {
        if (periods.isEmpty() || Frame.noValue(series, periods.size())) {
            return frame.empty();
        }
        double legend = frame.legend(series.stream().map(Series::name).toList());
        double min = 0;
        double max = 0;
        for (Series s : series) {
            for (int i = 0; i < periods.size(); i++) {
                Number value = s.at(i);
                if (value != null) {
                    min = Math.min(min, value.doubleValue());
                    max = Math.max(max, value.doubleValue());
                }
            }
        }
        ColumnPlot plot = new ColumnPlot(frame, legend, NiceScale.of(min, max, 5), periods);
        plot.axes();
        plot.baseline();
        for (int j = 0; j < series.size(); j++) {
            Series s = series.get(j);
            String colour = options.colour(j);
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < periods.size(); i++) {
                Number value = s.at(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M"))
                        .append(Svg.number(plot.slot(i) + plot.band() / 2))
                        .append(' ')
                        .append(Svg.number(plot.y(value.doubleValue())));
                drawing = true;
            }
            frame.svg.open("g", "class", "series");
            frame.svg.element("title", s.name());
            frame.svg.empty(
                    "path",
                    "class",
                    "line",
                    "d",
                    path.toString(),
                    "fill",
                    "none",
                    "stroke",
                    colour,
                    "stroke-width",
                    2.0,
                    "stroke-linejoin",
                    "round");
            for (int i = 0; i < periods.size(); i++) {
                Number value = s.at(i);
                if (value == null) {
                    continue;
                }
                frame.svg.open(
                        "circle",
                        "class",
                        "point",
                        "cx",
                        plot.slot(i) + plot.band() / 2,
                        "cy",
                        plot.y(value.doubleValue()),
                        "r",
                        3.0,
                        "fill",
                        colour);
                frame.svg.element("title", periods.get(i) + " — " + s.name() + " : " + Frame.format(options, value));
                frame.svg.close("circle");
            }
            frame.svg.close("g");
        }
        return frame.finish();
    }
}
