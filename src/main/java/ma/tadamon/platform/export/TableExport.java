package ma.tadamon.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a table as it is produced, row by row, in CSV (UTF-8 with a byte-order mark so that
 * spreadsheets open Arabic correctly, CRLF lines), XLSX (SXSSF keeps only a window of rows in
 * memory; numbers stay numbers, dates are dates) or JSON (an array of objects named by the header).
 * Values are text, numbers (a {@link BigDecimal} written plain), booleans, {@link LocalDate}s or
 * null; anything else is written as its {@code toString()}. A CSV cell that a spreadsheet would run
 * as a formula is written as text.
 *
 * <pre>{@code
 * try (TableExport.Sink sink = TableExport.open(Format.CSV, List.of("code", "amount"), out)) {
 *     sink.row(List.of("10", new BigDecimal("12.50")));
 * }
 * }</pre>
 */
public final class TableExport {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9 .,]*");

    private TableExport() {}

    /** A download format, named by its file extension. */
    public enum Format {
        CSV("text/csv;charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        JSON("application/json");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** The value of the Content-Type header, e.g. {@code text/csv;charset=UTF-8}. */
        public String contentType() {
            return contentType;
        }

        /** The file extension without its dot: {@code csv}, {@code xlsx}, {@code json}. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format of a file extension ({@code csv}, {@code xlsx}, {@code json}), if it is one. */
        public static Optional<Format> ofExtension(String extension) {
            for (Format format : values()) {
                if (format.extension().equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** Receives the rows, values in the header's order. Closing it finishes the file and flushes it. */
    public interface Sink extends AutoCloseable {
        void row(List<? extends @Nullable Object> values);

        @Override
        void close();
    }

    /** A sink writing to {@code out}; JSON values are written by a default {@link JsonMapper}. */
    public static Sink open(Format format, List<String> header, OutputStream out) {
        return open(format, header, out, JsonMapper.shared());
    }

    /** A sink writing to {@code out}; JSON values are written by {@code json} (e.g. the application's). */
    public static Sink open(Format format, List<String> header, OutputStream out, JsonMapper json) {
        return switch (format) {
            case CSV -> new Csv(header, out);
            case XLSX -> new Xlsx(header, out);
            case JSON -> new Json(header, json.createGenerator(out));
        };
    }

    /** A whole small table in memory, for a response body. */
    public static byte[] write(
            Format format, List<String> header, List<? extends List<? extends @Nullable Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sink sink = open(format, header, out)) {
            rows.forEach(sink::row);
        }
        return out.toByteArray();
    }

    /** A whole small table as CSV text, byte-order mark first. */
    public static String csv(List<String> header, List<? extends List<? extends @Nullable Object>> rows) {
        return new String(write(Format.CSV, header, rows), StandardCharsets.UTF_8);
    }

    /**
     * One CSV cell: empty for null, a {@link BigDecimal} plain, text starting as a formula
     * ({@code = @ tab CR}, or {@code + -} not followed by a number) prefixed with an apostrophe,
     * quoted when it holds a comma, semicolon, quote or line break.
     */
    public static String csvCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        boolean formula = !text.isEmpty()
                && ("=@\t\r".indexOf(text.charAt(0)) >= 0
                        || ("+-".indexOf(text.charAt(0)) >= 0
                                && !NUMBER_LIKE.matcher(text).matches()));
        if (formula) {
            text = "'" + text;
        }
        if (text.contains(",")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")
                || text.contains(";")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static final class Csv implements Sink {
        private final Writer writer;

        Csv(List<String> header, OutputStream out) {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write("\uFEFF");
            row(header);
        }

        @Override
        public void row(List<? extends @Nullable Object> values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvCell(values.get(i)));
            }
            write(line.append("\r\n").toString());
        }

        private void write(String text) {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx implements Sink {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet = workbook.createSheet("data");
        private final CellStyle dates = workbook.createCellStyle();
        private final OutputStream out;
        private int next;

        Xlsx(List<String> header, OutputStream out) {
            this.out = out;
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
        }

        @Override
        public void row(List<? extends @Nullable Object> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Boolean bool) {
                    cell.setCellValue(bool);
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dates);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() {
            try (workbook) {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Json implements Sink {
        private final List<String> header;
        private final JsonGenerator generator;

        Json(List<String> header, JsonGenerator generator) {
            this.header = header;
            this.generator = generator;
            generator.writeStartArray();
        }

        @Override
        public void row(List<? extends @Nullable Object> values) {
            generator.writeStartObject();
            for (int i = 0; i < header.size(); i++) {
                generator.writePOJOProperty(header.get(i), i < values.size() ? values.get(i) : null);
            }
            generator.writeEndObject();
        }

        @Override
        public void close() {
            generator.writeEndArray();
            generator.close();
        }
    }
}
