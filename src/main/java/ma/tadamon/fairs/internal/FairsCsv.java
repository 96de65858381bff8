package ma.tadamon.fairs.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The fairs' spreadsheets: UTF-8 with a byte-order mark so that Excel opens Arabic correctly, CRLF
 * lines, numbers plain (dot decimals), a cell a spreadsheet would run as a formula written as text.
 */
final class FairsCsv {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9 .,]*");

    private FairsCsv() {}

    static String of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        rows.forEach(r -> line(csv, r));
        return csv.toString();
    }

    static ResponseEntity<byte[]> response(String filename, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(values.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : value instanceof LocalDate date ? date.toString() : value.toString();
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
}
