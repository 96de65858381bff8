package ma.tadamon.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    @Test
    void aWorkbookIsReadRowByRowWithIsoDatesFullNumbersAndEmptyCellsKept() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Coopératives");
            CellStyle usDate = workbook.createCellStyle();
            usDate.setDataFormat((short) 14); // m/d/yy, what Excel shows for a date
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Date de création");
            header.createCell(2).setCellValue("ICE");
            header.createCell(3).setCellValue("Année");
            header.createCell(4).setCellValue("الاسم");
            Row row = sheet.createRow(2); // an empty row 2 in between
            row.createCell(0).setCellValue("Coopérative Tifawin");
            row.createCell(1).setCellValue(LocalDate.of(2016, 3, 1));
            row.getCell(1).setCellStyle(usDate);
            row.createCell(2).setCellValue(123456789012345d);
            row.createCell(4).setCellValue("تعاونية تيفاوين");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> header = Spreadsheets.read(xlsx, Spreadsheets.Format.XLSX, (line, cells) -> {
            lines.add(line);
            rows.add(cells);
        });
        assertThat(header).containsExactly("Nom", "Date de création", "ICE", "Année", "الاسم");
        assertThat(lines).containsExactly(3);
        assertThat(rows.get(0))
                .containsExactly("Coopérative Tifawin", "2016-03-01", "123456789012345", "", "تعاونية تيفاوين");
        assertThat(Spreadsheets.Format.of("liste.xlsx", xlsx)).contains(Spreadsheets.Format.XLSX);
        assertThat(Spreadsheets.count(xlsx, Spreadsheets.Format.XLSX)).isEqualTo(1);
    }

    @Test
    void aCsvIsStreamedWithItsLineNumbersAndAPreviewStopsEarly() {
        byte[] csv = "\uFEFFNom;Commune\r\nA;Asrir\r\n\r\n\"B; bis\";Fask\r\nC;Taghjijt\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Spreadsheets.Preview preview = Spreadsheets.preview(csv, Spreadsheets.Format.CSV, 2);
        assertThat(preview.header()).containsExactly("Nom", "Commune");
        assertThat(preview.rows()).containsExactly(List.of("A", "Asrir"), List.of("B; bis", "Fask"));
        List<Integer> lines = new ArrayList<>();
        Spreadsheets.read(csv, Spreadsheets.Format.CSV, (line, cells) -> lines.add(line));
        assertThat(lines).containsExactly(2, 4, 5);
        assertThat(Spreadsheets.count(csv, Spreadsheets.Format.CSV)).isEqualTo(3);
    }

    @Test
    void filesThatAreNeitherUtf8CsvNorXlsxAreRecognisedAsSuch() {
        assertThat(Spreadsheets.utf8("Nom\nFès".getBytes(StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(Spreadsheets.utf8("Nom\nFès".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(Spreadsheets.Format.of("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0, 0}))
                .isEmpty();
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> Spreadsheets.read(brokenZip, Spreadsheets.Format.XLSX, (line, cells) -> {}))
                .isInstanceOfSatisfying(
                        Spreadsheets.UnreadableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.xlsx"));
    }
}
