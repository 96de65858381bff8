package ma.tadamon.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.tadamon.platform.imports.CsvReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of a CSV file (UTF-8, comma or semicolon) or of the first sheet of an Excel
 * workbook (.xlsx) one at a time, so a 20 MB file is never held as cells in memory: CSV through
 * {@link CsvReader#forEachRecord}, XLSX through POI's SAX event API (the sheet's XML is streamed,
 * not built into a workbook). The header is the first non-empty row; dates in a workbook come out
 * as ISO dates (2024-01-15) and plain numbers without exponent or trailing ".0".
 */
final class Spreadsheets {

    enum Format {
        CSV,
        XLSX;

        /** By the file's first bytes (a workbook is a zip) and, failing that, its extension. */
        static Optional<Format> of(String fileName, byte[] content) {
            if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
                return Optional.of(XLSX);
            }
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksBinary(content)) {
                return Optional.empty();
            }
            return Optional.of(CSV);
        }
    }

    /** A file this reader cannot read, with the message key that says why. */
    static final class UnreadableException extends RuntimeException {
        private final String messageKey;

        UnreadableException(String messageKey, @Nullable Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Receives the header, then each data row: its line (row number in the sheet) and its cells. */
    @FunctionalInterface
    interface RowConsumer {
        void row(int line, List<String> cells);

        default void header(List<String> header) {}
    }

    record Preview(List<String> header, List<List<String>> rows) {}

    /** Ends a read early (a preview); never leaves this class. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private Spreadsheets() {}

    /** Reads every row; returns the header. */
    static List<String> read(byte[] content, Format format, RowConsumer rows) {
        List<String> header = new ArrayList<>();
        boolean[] seenHeader = {false};
        Handler handler = (line, cells) -> {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!seenHeader[0]) {
                seenHeader[0] = true;
                cells.forEach(c -> header.add(c.trim()));
                rows.header(List.copyOf(header));
                return;
            }
            rows.row(line, cells);
        };
        if (format == Format.CSV) {
            readCsv(content, handler);
        } else {
            readXlsx(content, handler);
        }
        return header;
    }

    /** The header and the first {@code max} rows (at least one), reading no further. */
    static Preview preview(byte[] content, Format format, int max) {
        List<String> header = new ArrayList<>();
        List<List<String>> first = new ArrayList<>();
        try {
            read(content, format, new RowConsumer() {
                @Override
                public void header(List<String> names) {
                    header.addAll(names);
                }

                @Override
                public void row(int line, List<String> cells) {
                    first.add(cells);
                    if (first.size() >= max) {
                        throw new Stop();
                    }
                }
            });
        } catch (Stop enough) {
            // the rest of the file is not needed
        }
        return new Preview(List.copyOf(header), List.copyOf(first));
    }

    /** How many data rows there are (to size the progress bar). */
    static int count(byte[] content, Format format) {
        int[] count = {0};
        read(content, format, (line, cells) -> count[0]++);
        return count[0];
    }

    /** Is this CSV valid UTF-8 from end to end? Decoded in small chunks, nothing kept. */
    static boolean utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    private interface Handler {
        void row(int line, List<String> cells);
    }

    private static void readCsv(byte[] content, Handler handler) {
        try {
            CsvReader.forEachRecord(new ByteArrayInputStream(content), handler::row);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("import.error.encoding", e);
        }
    }

    private static void readXlsx(byte[] content, Handler handler) {
        Path file;
        try {
            // From a file, POI reads the zip's entries on demand instead of inflating them all in memory.
            file = Files.createTempFile("tadamon-import-", ".xlsx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.apache.poi")) {
                throw new UnreadableException("import.error.xlsx", e);
            }
            throw e;
        } catch (Exception e) {
            throw new UnreadableException("import.error.xlsx", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the system's temporary folder is cleaned anyway
            }
        }
    }

    /** Collects the cells of a row (filling the gaps of empty cells) and hands the row over at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > 16_383) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }
    }

    /** Dates as ISO dates whatever the cell's format (no m/d/y ambiguity); plain numbers in full. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (formatString == null
                    || formatString.equals("General")
                    || formatString.equals("@")
                    || formatString.matches("0+(\\.0+)?")) {
                return new BigDecimal(Double.toString(value))
                        .stripTrailingZeros()
                        .toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 512); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static List<String> padded(List<String> cells, int size) {
        if (cells.size() >= size) {
            return cells;
        }
        List<String> all = new ArrayList<>(cells);
        all.addAll(Collections.nCopies(size - cells.size(), ""));
        return all;
    }
}
