package ma.tadamon.observatory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Tables as downloads. */
@Component
class ObservatoryDownloads {

    ResponseEntity<byte[]> table(IndicatorTable.Table table, String basename, String format) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, table.header());
        table.rows().forEach(r -> line(csv, r));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(basename + "csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder csv, List<? extends @Nullable Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            csv.append(text);
        }
        csv.append("\r\n");
    }
}
