package ma.tadamon.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ma.tadamon.platform.export.TableExport.Format;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TableExportTest {

    static final List<String> HEADER = List.of("name", "amount", "women_led", "on", "note");

    static final List<List<Object>> ROWS = List.of(
            Arrays.asList("تعاونية تيفاوين", new BigDecimal("1E+3"), true, LocalDate.of(2026, 3, 8), null),
            Arrays.asList("Coop \"Atlas\", Ifrane", new BigDecimal("-12.50"), false, null, "=SUM(A1:A2)"));

    @Test
    void csvStartsWithByteOrderMarkAndQuotesCommasQuotesAndLineBreaks() {
        byte[] bytes = TableExport.write(Format.CSV, HEADER, ROWS);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,amount,women_led,on,note\r\n"
                        + "تعاونية تيفاوين,1000,true,2026-03-08,\r\n"
                        + "\"Coop \"\"Atlas\"\", Ifrane\",-12.50,false,,'=SUM(A1:A2)\r\n");
    }

    @Test
    void csvCellNeutralisesFormulasButNotSignedNumbers() {
        assertThat(TableExport.csvCell("-12.5")).isEqualTo("-12.5");
        assertThat(TableExport.csvCell("+212 600 000")).isEqualTo("+212 600 000");
        assertThat(TableExport.csvCell("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(TableExport.csvCell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(TableExport.csvCell("a;b")).isEqualTo("\"a;b\"");
        assertThat(TableExport.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TableExport.csvCell(null)).isEmpty();
        assertThat(TableExport.csv(List.of("a"), List.of())).isEqualTo("\uFEFFa\r\n");
    }

    @Test
    void jsonIsAnArrayOfObjectsNamedByTheHeaderWithTypedValues() {
        JsonNode array = JsonMapper.shared().readTree(TableExport.write(Format.JSON, HEADER, ROWS));
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.propertyNames()).containsExactlyElementsOf(HEADER);
        assertThat(first.get("name").asString()).isEqualTo("تعاونية تيفاوين");
        assertThat(first.get("amount").isNumber()).isTrue();
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(first.get("women_led").isBoolean()).isTrue();
        assertThat(first.get("on").asString()).isEqualTo("2026-03-08");
        assertThat(first.get("note").isNull()).isTrue();
        assertThat(array.get(1).get("amount").decimalValue()).isEqualByComparingTo("-12.50");
        assertThat(array.get(1).get("on").isNull()).isTrue();
    }

    @Test
    void xlsxReadsBackWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        byte[] bytes = TableExport.write(Format.XLSX, HEADER, ROWS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheet("data");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("تعاونية تيفاوين");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(first.getCell(2).getBooleanCellValue()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 8));
            assertThat(first.getCell(4)).isNull();
            XSSFRow second = sheet.getRow(2);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("=SUM(A1:A2)");
            assertThat(second.getCell(4).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void formatsAreNamedByTheirExtension() {
        assertThat(Format.ofExtension("xlsx")).contains(Format.XLSX);
        assertThat(Format.ofExtension("pdf")).isEmpty();
        assertThat(Format.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(Format.JSON.extension()).isEqualTo("json");
    }

    @Test
    void downloadIsAnAttachmentNamedInUtf8() {
        ResponseEntity<byte[]> response = Downloads.attachment("تقرير.csv", Format.CSV, new byte[] {1});
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.csv");
    }
}
