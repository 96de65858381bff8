package ma.tadamon.fairs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The floor plan's tables, in plain SQL. Placements of withdrawn exhibitors are not read back. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FloorPlan> find(UUID editionId) {
        record Size(double width, double depth) {}
        Optional<Size> size = jdbc.sql("select width_m, depth_m from fairs_plan where edition_id = ?")
                .param(editionId)
                .query((rs, n) -> new Size(rs.getDouble("width_m"), rs.getDouble("depth_m")))
                .optional();
        if (size.isEmpty()) {
            return Optional.empty();
        }
        List<FloorPlan.Zone> zones =
                jdbc.sql("""
                        select id, kind, name_ar, name_fr, name_en, x, y, w, h from fairs_zone
                        where edition_id = ? order by y, x, id""").param(editionId).query(PlanStore::zone).list();
        List<FloorPlan.Stand> stands =
                jdbc.sql("""
                        select s.id, s.code, s.x, s.y, s.w, s.h, s.electricity, s.water, s.zone_id,
                          case when e.withdrawn_at is null then se.actor_id end as actor_id,
                          coalesce(se.by_hand, false) and e.withdrawn_at is null as by_hand
                        from fairs_stand s
                        left join fairs_stand_exhibitor se on se.stand_id = s.id
                        left join fairs_exhibitor e on e.edition_id = se.edition_id and e.actor_id = se.actor_id
                        where s.edition_id = ? order by s.code""").param(editionId).query(PlanStore::stand).list();
        return Optional.of(
                new FloorPlan(editionId, size.get().width(), size.get().depth(), zones, stands));
    }

    void replacePlan(UUID editionId, double width, double depth) {
        jdbc.sql("delete from fairs_plan where edition_id = ?").param(editionId).update();
        jdbc.sql("insert into fairs_plan (edition_id, width_m, depth_m, updated_at) values (?, ?, ?, ?)")
                .params(editionId, width, depth, now())
                .update();
    }

    void resize(UUID editionId, double width, double depth) {
        jdbc.sql("update fairs_plan set width_m = ?, depth_m = ?, updated_at = ? where edition_id = ?")
                .params(width, depth, now(), editionId)
                .update();
    }

    void saveZone(UUID editionId, UUID id, ZoneKind kind, LocalizedText name, Rect r) {
        jdbc.sql("""
                        insert into fairs_zone (id, edition_id, kind, name_ar, name_fr, name_en, x, y, w, h)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set kind = excluded.kind, name_ar = excluded.name_ar,
                          name_fr = excluded.name_fr, name_en = excluded.name_en, x = excluded.x, y = excluded.y,
                          w = excluded.w, h = excluded.h""")
                .params(id, editionId, kind.name(), name.ar(), name.fr(), name.en(), r.x(), r.y(), r.w(), r.h())
                .update();
        touch(editionId);
    }

    void deleteZone(UUID editionId, UUID id) {
        jdbc.sql("delete from fairs_zone where edition_id = ? and id = ?")
                .params(editionId, id)
                .update();
        touch(editionId);
    }

    void saveStand(UUID editionId, FloorPlan.Stand s) {
        jdbc.sql("""
                        insert into fairs_stand (id, edition_id, code, zone_id, x, y, w, h, electricity, water)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set code = excluded.code, zone_id = excluded.zone_id,
                          x = excluded.x, y = excluded.y, w = excluded.w, h = excluded.h,
                          electricity = excluded.electricity, water = excluded.water""")
                .params(
                        s.id(),
                        editionId,
                        s.code(),
                        s.zoneId(),
                        s.rect().x(),
                        s.rect().y(),
                        s.rect().w(),
                        s.rect().h(),
                        s.electricity(),
                        s.water())
                .update();
        touch(editionId);
    }

    void setZone(UUID standId, @Nullable UUID zoneId) {
        jdbc.sql("update fairs_stand set zone_id = ? where id = ?")
                .params(zoneId, standId)
                .update();
    }

    void deleteStand(UUID editionId, UUID id) {
        jdbc.sql("delete from fairs_stand where edition_id = ? and id = ?")
                .params(editionId, id)
                .update();
        touch(editionId);
    }

    /** Forgets the stands of exhibitors who withdrew, so that their stands are free again. */
    void forgetWithdrawn(UUID editionId) {
        jdbc.sql("""
                        delete from fairs_stand_exhibitor se using fairs_exhibitor e
                        where se.edition_id = ? and e.edition_id = se.edition_id and e.actor_id = se.actor_id
                          and e.withdrawn_at is not null""").param(editionId).update();
    }

    void place(UUID editionId, UUID standId, UUID actorId, boolean byHand) {
        jdbc.sql("""
                        insert into fairs_stand_exhibitor (stand_id, edition_id, actor_id, by_hand, placed_at)
                        values (?, ?, ?, ?, ?)""").params(standId, editionId, actorId, byHand, now()).update();
    }

    void clearStand(UUID standId) {
        jdbc.sql("delete from fairs_stand_exhibitor where stand_id = ?")
                .param(standId)
                .update();
    }

    void clearActor(UUID editionId, UUID actorId) {
        jdbc.sql("delete from fairs_stand_exhibitor where edition_id = ? and actor_id = ?")
                .params(editionId, actorId)
                .update();
    }

    /** Frees every stand, or every stand not placed by hand. */
    void clearAll(UUID editionId, boolean alsoByHand) {
        jdbc.sql("delete from fairs_stand_exhibitor where edition_id = ? and (? or not by_hand)")
                .params(editionId, alsoByHand)
                .update();
    }

    private void touch(UUID editionId) {
        jdbc.sql("update fairs_plan set updated_at = ? where edition_id = ?")
                .params(now(), editionId)
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static FloorPlan.Zone zone(ResultSet rs, int n) throws SQLException {
        return new FloorPlan.Zone(
                rs.getObject("id", UUID.class),
                ZoneKind.valueOf(rs.getString("kind")),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rect(rs));
    }

    private static FloorPlan.Stand stand(ResultSet rs, int n) throws SQLException {
        return new FloorPlan.Stand(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rect(rs),
                rs.getBoolean("electricity"),
                rs.getBoolean("water"),
                rs.getObject("zone_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getBoolean("by_hand"));
    }

    private static Rect rect(ResultSet rs) throws SQLException {
        return new Rect(rs.getDouble("x"), rs.getDouble("y"), rs.getDouble("w"), rs.getDouble("h"));
    }
}
