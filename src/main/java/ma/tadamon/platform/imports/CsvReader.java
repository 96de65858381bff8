package ma.tadamon.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes) in UTF-8, with or
 * without a byte-order mark, separated by commas or — as spreadsheets in French set it — semicolons.
 * Rows come back keyed by lower-cased header, with their line number for error reports; large files
 * can be streamed record by record instead ({@link #forEachRecord}).
 */
public final class CsvReader {

    /** The separator is guessed from the first line, read at most this far. */
    private static final int FIRST_LINE_LIMIT = 1 << 16;

    private CsvReader() {}

    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            return values.getOrDefault(column, "").trim();
        }
    }

    public record Table(List<String> header, List<Row> rows) {}

    /** Receives the records of a file one at a time, each with the line it starts on (from 1). */
    @FunctionalInterface
    public interface RecordHandler {
        void record(int line, List<String> fields);
    }

    /** @throws IllegalArgumentException when the bytes are not UTF-8 text */
    public static Table read(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        forEachRecord(new ByteArrayInputStream(bytes), (line, fields) -> {
            records.add(fields);
            lines.add(line);
        });
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size() && c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(lines.get(i), values));
        }
        return new Table(header, rows);
    }

    /**
     * Streams the records of a CSV file (the header is the first record) without holding the file
     * in memory.
     *
     * @throws IllegalArgumentException when the bytes are not UTF-8 text; records before the fault
     *     have been handed over already
     */
    public static void forEachRecord(InputStream in, RecordHandler handler) {
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            StringBuilder firstLine = new StringBuilder();
            int c;
            while (firstLine.length() < FIRST_LINE_LIMIT && (c = reader.read()) >= 0) {
                firstLine.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            if (!firstLine.isEmpty() && firstLine.charAt(0) == '\uFEFF') {
                firstLine.deleteCharAt(0);
            }
            char separator = firstLine.chars().filter(ch -> ch == ';').count()
                            > firstLine.chars().filter(ch -> ch == ',').count()
                    ? ';'
                    : ',';
            Parser parser = new Parser(separator, handler);
            for (int i = 0; i < firstLine.length(); i++) {
                parser.accept(firstLine.charAt(i));
            }
            char[] buffer = new char[8192];
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    parser.accept(buffer[i]);
                }
            }
            parser.end();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character-at-a-time RFC 4180 state machine (one character of look-behind for "" and CR LF). */
    private static final class Parser {
        private final char separator;
        private final RecordHandler handler;
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;
        private boolean quoteInQuoted;
        private boolean afterCarriageReturn;
        private int line = 1;
        private int recordLine = 1;

        Parser(char separator, RecordHandler handler) {
            this.separator = separator;
            this.handler = handler;
        }

        void accept(char c) {
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    return;
                }
            }
            if (quoteInQuoted) {
                quoteInQuoted = false;
                if (c == '"') {
                    field.append('"');
                    return;
                }
                quoted = false;
            }
            if (quoted) {
                if (c == '"') {
                    quoteInQuoted = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                afterCarriageReturn = c == '\r';
                fields.add(field.toString());
                field.setLength(0);
                handler.record(recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }

        void end() {
            if (!field.isEmpty() || !fields.isEmpty()) {
                fields.add(field.toString());
                handler.record(recordLine, fields);
            }
        }
    }
}
