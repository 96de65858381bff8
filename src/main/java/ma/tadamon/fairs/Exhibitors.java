package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import ma.tadamon.sales.LocationKind;
import ma.tadamon.sales.Locations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exhibitors of an edition. Admitting an actor (from a selected application, or directly by
 * an organiser) gives it a stall: a sales location of its own, where its stall devices sell.
 */
@Service
@Transactional
public class Exhibitors {

    private static final String SELECT = """
            select e.edition_id, e.actor_id, p.name_ar, p.name_fr, p.name_en, a.value_chain_code, v.sector_code,
              a.commune_id, path.region_id, a.women_led, a.youth_led,
              coalesce(ap.area_m2, 9) as area_m2, coalesce(ap.electricity, false) as electricity,
              coalesce(ap.water, false) as water, e.application_id, e.location_id
            from fairs_exhibitor e
            join party_party p on p.id = e.actor_id
            join registry_actor a on a.party_id = e.actor_id
            join registry_value_chain v on v.code = a.value_chain_code
            left join geo_territory_path path on path.territory_id = a.commune_id
            left join fairs_application ap on ap.id = e.application_id""";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final Locations locations;
    private final Editions editions;
    private final AuditLog audit;

    Exhibitors(JdbcClient jdbc, Actors actors, Locations locations, Editions editions, AuditLog audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.locations = locations;
        this.editions = editions;
        this.audit = audit;
    }

    /** Admits the actor to the edition with its own stall; admitting it again returns the same exhibitor. */
    public Exhibitor admit(UUID editionId, UUID actorId, @Nullable UUID applicationId) {
        Optional<Exhibitor> existing = find(editionId, actorId);
        if (existing.isPresent() && existing.get().applicationId() == null && applicationId != null) {
            jdbc.sql("update fairs_exhibitor set application_id = ? where edition_id = ? and actor_id = ?")
                    .params(applicationId, editionId, actorId)
                    .update();
            return find(editionId, actorId).orElseThrow();
        }
        if (existing.isPresent()) {
            jdbc.sql("update fairs_exhibitor set withdrawn_at = null where edition_id = ? and actor_id = ?")
                    .params(editionId, actorId)
                    .update();
            return existing.get();
        }
        Edition edition = editions.get(editionId);
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        if (edition.status() == EditionStatus.CLOSED) {
            throw new InvalidRequestException("status", "fairs.closed");
        }
        LocalizedText stallName = new LocalizedText(
                join(actor.name().ar(), edition.name().ar()),
                join(actor.name().fr(), edition.name().fr()),
                join(actor.name().en(), edition.name().en()));
        UUID locationId = locations.create(LocationKind.STALL, actorId, stallName, actor.communeId(), null);
        jdbc.sql("""
                        insert into fairs_exhibitor (edition_id, actor_id, application_id, location_id, admitted_at)
                        values (?, ?, ?, ?, ?)""")
                .params(editionId, actorId, applicationId, locationId, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record("ADMIT", "edition", editionId, null, java.util.Map.of("actor", actorId));
        return find(editionId, actorId).orElseThrow();
    }

    /** Takes the exhibitor off the edition's list; its stall and any sales stay. */
    public void withdraw(UUID editionId, UUID actorId) {
        int changed = jdbc.sql("""
                        update fairs_exhibitor set withdrawn_at = ?
                        where edition_id = ? and actor_id = ? and withdrawn_at is null""")
                .params(OffsetDateTime.now(ZoneOffset.UTC), editionId, actorId)
                .update();
        if (changed > 0) {
            audit.record("WITHDRAW", "edition", editionId, java.util.Map.of("actor", actorId), null);
        }
    }

    /** The edition's current exhibitors, by name. */
    @Transactional(readOnly = true)
    public List<Exhibitor> of(UUID editionId) {
        return jdbc.sql(SELECT
                        + " where e.edition_id = ? and e.withdrawn_at is null order by coalesce(p.name_fr, p.name_ar)")
                .param(editionId)
                .query(Exhibitors::exhibitor)
                .list();
    }

    @Transactional(readOnly = true)
    public int count(UUID editionId) {
        return jdbc.sql("select count(*) from fairs_exhibitor where edition_id = ? and withdrawn_at is null")
                .param(editionId)
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Optional<Exhibitor> find(UUID editionId, UUID actorId) {
        return jdbc.sql(SELECT + " where e.edition_id = ? and e.actor_id = ?")
                .params(editionId, actorId)
                .query(Exhibitors::exhibitor)
                .optional();
    }

    /** The exhibitor whose stall this location is. */
    @Transactional(readOnly = true)
    public Optional<Exhibitor> atLocation(UUID locationId) {
        return jdbc.sql(SELECT + " where e.location_id = ?")
                .param(locationId)
                .query(Exhibitors::exhibitor)
                .optional();
    }

    /** The editions this actor exhibits at (or did), latest first, with its stall. */
    @Transactional(readOnly = true)
    public List<Exhibitor> ofActor(UUID actorId) {
        return jdbc.sql(SELECT + " join fairs_edition ed on ed.id = e.edition_id where e.actor_id = ?"
                        + " and e.withdrawn_at is null order by ed.starts_on desc")
                .param(actorId)
                .query(Exhibitors::exhibitor)
                .list();
    }

    private static @Nullable String join(@Nullable String actor, @Nullable String edition) {
        if (actor == null) {
            return null;
        }
        return edition == null ? actor : actor + " — " + edition;
    }

    private static Exhibitor exhibitor(ResultSet rs, int n) throws SQLException {
        return new Exhibitor(
                rs.getObject("edition_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rs.getString("value_chain_code"),
                rs.getString("sector_code"),
                rs.getLong("commune_id"),
                rs.getObject("region_id", Long.class),
                rs.getBoolean("women_led"),
                rs.getBoolean("youth_led"),
                rs.getBigDecimal("area_m2") == null ? BigDecimal.valueOf(9) : rs.getBigDecimal("area_m2"),
                rs.getBoolean("electricity"),
                rs.getBoolean("water"),
                rs.getObject("application_id", UUID.class),
                rs.getObject("location_id", UUID.class));
    }
}
