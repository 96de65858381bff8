package ma.tadamon.platform.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format), on the
 * connection of the current transaction. Synthetic datasets write hundreds of thousands of rows:
 * COPY does that several times faster than batched inserts and keeps nothing in memory.
 */
public final class BulkCopy {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    private BulkCopy(Writer out) {
        this.out = out;
    }

    /**
     * Copies the rows that {@code rows} writes into {@code tableAndColumns}, e.g. {@code
     * "registry_member (id, actor_id, full_name)"}; returns how many were copied.
     */
    public static long into(JdbcTemplate jdbc, String tableAndColumns, Consumer<BulkCopy> rows) {
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            PGCopyOutputStream stream =
                    new PGCopyOutputStream(postgres, "copy " + tableAndColumns + " from stdin", 1 << 16);
            try {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                rows.accept(new BulkCopy(writer));
                writer.flush();
                return stream.endCopy();
            } catch (IOException e) {
                cancel(stream);
                throw new SQLException("COPY into " + tableAndColumns + " failed", e);
            } catch (RuntimeException e) {
                cancel(stream);
                throw e;
            }
        });
        return copied == null ? 0 : copied;
    }

    /** One row: null, strings, numbers, booleans, UUIDs, dates and instants, in the columns' order. */
    public BulkCopy row(@Nullable Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else {
                escape(value.toString());
            }
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static void cancel(PGCopyOutputStream stream) {
        try {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction fails anyway with the original exception
        }
    }
}
