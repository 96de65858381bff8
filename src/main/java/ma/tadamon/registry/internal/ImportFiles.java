package ma.tadamon.registry.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting for their column mapping, kept in the database so that whichever instance
 * serves the next step finds them. Each belongs to the account that uploaded it; files older than a
 * day are removed at the next upload, and a file is removed as soon as its import has succeeded.
 */
@Repository
@Transactional
class ImportFiles {

    /** An uploaded file: what it is for, whose it is, and its bytes. */
    record ImportFile(
            UUID id,
            ImportKind kind,
            UUID accountId,
            @Nullable UUID actorId,
            String fileName,
            String source,
            Spreadsheets.Format format,
            byte[] content) {}

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID store(
            ImportKind kind,
            UUID accountId,
            @Nullable UUID actorId,
            String fileName,
            String source,
            Spreadsheets.Format format,
            byte[] content) {
        jdbc.sql("delete from registry_import_file where created_at < now() - interval '1 day'")
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registry_import_file (id, kind, account_id, actor_id, file_name, source, format, content, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        kind.name(),
                        accountId,
                        actorId,
                        fileName,
                        source,
                        format.name(),
                        content,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return id;
    }

    /** The file if it belongs to this account (someone else's file is as good as absent). */
    @Transactional(readOnly = true)
    Optional<ImportFile> find(UUID id, UUID accountId) {
        return jdbc.sql("select * from registry_import_file where id = ? and account_id = ?")
                .params(id, accountId)
                .query((rs, row) -> new ImportFile(
                        rs.getObject("id", UUID.class),
                        ImportKind.valueOf(rs.getString("kind")),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("source"),
                        Spreadsheets.Format.valueOf(rs.getString("format")),
                        rs.getBytes("content")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from registry_import_file where id = ?").param(id).update();
    }
}
