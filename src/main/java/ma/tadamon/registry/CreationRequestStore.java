package ma.tadamon.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.registry.CreationRequest.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads creation requests with their founders, documents and timeline; writes timeline events. */
@Component
class CreationRequestStore {

    private final JdbcClient jdbc;

    CreationRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CreationRequest> find(UUID id) {
        List<CreationRequest.Founder> founders = jdbc.sql(
                        "select * from registry_creation_founder where request_id = ? order by position")
                .param(id)
                .query((rs, row) -> new CreationRequest.Founder(
                        rs.getObject("id", UUID.class),
                        rs.getString("full_name"),
                        rs.getString("gender"),
                        rs.getInt("birth_year"),
                        rs.getString("national_id"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        MemberRole.valueOf(rs.getString("role")),
                        rs.getInt("shares")))
                .list();
        List<CreationRequest.Document> documents = jdbc.sql("""
                        select id, kind, file_name, content_type, size_bytes, uploaded_at
                        from registry_creation_document where request_id = ? order by uploaded_at""")
                .param(id)
                .query((rs, row) -> new CreationRequest.Document(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .list();
        List<CreationRequest.Event> timeline = jdbc.sql(
                        "select at, status, note from registry_creation_event where request_id = ? order by at, id")
                .param(id)
                .query((rs, row) -> new CreationRequest.Event(
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("note")))
                .list();
        return jdbc.sql("select * from registry_creation_request where id = ?")
                .param(id)
                .query((rs, row) -> new CreationRequest(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_number"),
                        rs.getObject("applicant_id", UUID.class),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("proposed_name_ar"),
                        rs.getString("proposed_name_fr"),
                        rs.getString("object"),
                        rs.getString("value_chain_code"),
                        (Long) rs.getObject("commune_id"),
                        rs.getString("address"),
                        rs.getBigDecimal("share_value"),
                        rs.getBoolean("statutes_accepted"),
                        rs.getObject("assembly_date", LocalDate.class),
                        rs.getString("assembly_place"),
                        rs.getString("registration_number"),
                        rs.getString("registration_court"),
                        rs.getObject("actor_id", UUID.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        founders,
                        documents,
                        timeline))
                .optional();
    }

    List<CreationRequest> ids(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    Optional<ActorSummary> summary(UUID actorId) {
        return jdbc.sql("""
                        select a.party_id, a.type, p.name_ar, p.name_fr, p.name_en, a.value_chain_code, a.commune_id,
                               c.code as commune_code, c.name_ar as commune_ar, c.name_fr as commune_fr, a.status, a.women_led, a.youth_led,
                               coalesce(a.latitude, c.latitude) as lat, coalesce(a.longitude, c.longitude) as lon
                        from registry_actor a join party_party p on p.id = a.party_id join geo_territory c on c.id = a.commune_id
                        where a.party_id = ?""").param(actorId).query(DirectorySearch.SUMMARIES).optional();
    }

    void event(UUID requestId, Status status, @Nullable String note, @Nullable UUID by) {
        jdbc.sql(
                        "insert into registry_creation_event (request_id, at, status, note, by_account) values (?, ?, ?, ?, ?)")
                .params(requestId, OffsetDateTime.now(ZoneOffset.UTC), status.name(), note, by)
                .update();
    }
}
