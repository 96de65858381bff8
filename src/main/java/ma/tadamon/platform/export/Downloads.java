package ma.tadamon.platform.export;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import ma.tadamon.platform.export.TableExport.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The headers that make a browser save a response as a file: its content type and an attachment
 * disposition with the file name (RFC 6266, UTF-8 so an Arabic name survives).
 *
 * <pre>{@code
 * // a small table, built in memory
 * return Downloads.attachment("report.csv", Format.CSV, TableExport.write(Format.CSV, header, rows));
 * // a large one, streamed
 * Downloads.start(response, "actors.xlsx", Format.XLSX);
 * try (TableExport.Sink sink = TableExport.open(Format.XLSX, header, response.getOutputStream())) { ... }
 * }</pre>
 */
public final class Downloads {

    private Downloads() {}

    /** A response whose body is saved as {@code filename}. */
    public static ResponseEntity<byte[]> attachment(String filename, Format format, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
                .body(body);
    }

    /** Sets the headers on a response before its body is streamed. */
    public static void start(HttpServletResponse response, String filename, Format format) {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename));
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}. */
    public static String contentDisposition(String filename) {
        return ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
