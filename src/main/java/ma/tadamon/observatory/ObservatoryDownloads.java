package ma.tadamon.observatory;

import ma.tadamon.platform.export.Downloads;
import ma.tadamon.platform.export.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Tables as downloads: CSV (UTF-8 with a byte-order mark, for spreadsheets) or XLSX. */
@Component
class ObservatoryDownloads {

    ResponseEntity<byte[]> table(IndicatorTable.Table table, String basename, String format) {
        TableExport.Format chosen = TableExport.Format.ofExtension(format.toLowerCase(java.util.Locale.ROOT))
                .orElse(TableExport.Format.CSV);
        return Downloads.attachment(
                basename + chosen.extension(), chosen, TableExport.write(chosen, table.header(), table.rows()));
    }
}
