package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import ma.tadamon.platform.imports.CsvReader;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsAndKeepsLineNumbers() {
        String csv = "\uFEFFCode,Name_FR\r\n1,\"Ifrane, Atlas \"\"Saghir\"\"\"\r\n2,\"two\nlines\"\n3,Taghjijt\n";
        CsvReader.Table table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.header()).containsExactly("code", "name_fr");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).get("name_fr")).isEqualTo("Ifrane, Atlas \"Saghir\"");
        assertThat(table.rows().get(1).get("name_fr")).isEqualTo("two\nlines");
        assertThat(table.rows().get(2).line()).isEqualTo(5);
    }

    @Test
    void acceptsSemicolonsAsSpreadsheetsInFrenchWriteThem() {
        CsvReader.Table table = CsvReader.read("code;latitude\n1;28,95\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows().get(0).get("latitude")).isEqualTo("28,95");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "code\nFès".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(latin1)).isInstanceOf(IllegalArgumentException.class);
    }
}
