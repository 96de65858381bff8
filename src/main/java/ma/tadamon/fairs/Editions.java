package ma.tadamon.fairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editions of mobile markets: created and changed by organisers, moved through their statuses in order. */
@Service
@Transactional
public class Editions {

    static final String SELECT = """
            select id, slug, name_ar, name_fr, name_en, edition_no, territory_id, venue_ar, venue_fr, venue_en,
              starts_on, ends_on, opens_at, closes_at, area_m2, slogan_ar, slogan_fr, slogan_en, status,
              call_deadline, open_to_other_regions, stand_target, quota_women, quota_youth, quota_sector_max,
              quota_other_regions, corner_location_id
            from fairs_edition""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Editions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(NewEdition edition) {
        return create(UUID.randomUUID(), edition);
    }

    /** With a given id (demo data, imports). */
    public UUID create(UUID id, NewEdition edition) {
        validate(edition);
        String slug = freeSlug(slugOf(edition));
        jdbc.sql("""
                        insert into fairs_edition (id, slug, name_ar, name_fr, name_en, edition_no, territory_id,
                          venue_ar, venue_fr, venue_en, starts_on, ends_on, opens_at, closes_at, area_m2,
                          slogan_ar, slogan_fr, slogan_en, call_deadline, open_to_other_regions, stand_target,
                          quota_women, quota_youth, quota_sector_max, quota_other_regions, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        slug,
                        edition.name().ar(),
                        edition.name().fr(),
                        edition.name().en(),
                        edition.editionNo(),
                        edition.territoryId(),
                        edition.venue().ar(),
                        edition.venue().fr(),
                        edition.venue().en(),
                        edition.startsOn(),
                        edition.endsOn(),
                        orDefault(edition.opensAt(), LocalTime.of(10, 0)),
                        orDefault(edition.closesAt(), LocalTime.of(22, 0)),
                        edition.areaM2(),
                        edition.slogan().ar(),
                        edition.slogan().fr(),
                        edition.slogan().en(),
                        at(edition.callDeadline()),
                        edition.openToOtherRegions(),
                        edition.standTarget(),
                        edition.quotas().womenMin(),
                        edition.quotas().youthMin(),
                        edition.quotas().sectorMax(),
                        edition.quotas().otherRegionsMin(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        FairsAccess.currentAccount())
                .update();
        audit.record("CREATE", "edition", id, null, edition);
        return id;
    }

    public void update(UUID id, NewEdition edition) {
        Edition before = get(id);
        validate(edition);
        jdbc.sql("""
                        update fairs_edition set name_ar = ?, name_fr = ?, name_en = ?, edition_no = ?, territory_id = ?,
                          venue_ar = ?, venue_fr = ?, venue_en = ?, starts_on = ?, ends_on = ?, opens_at = ?,
                          closes_at = ?, area_m2 = ?, slogan_ar = ?, slogan_fr = ?, slogan_en = ?, call_deadline = ?,
                          open_to_other_regions = ?, stand_target = ?, quota_women = ?, quota_youth = ?,
                          quota_sector_max = ?, quota_other_regions = ?
                        where id = ?""")
                .params(
                        edition.name().ar(),
                        edition.name().fr(),
                        edition.name().en(),
                        edition.editionNo(),
                        edition.territoryId(),
                        edition.venue().ar(),
                        edition.venue().fr(),
                        edition.venue().en(),
                        edition.startsOn(),
                        edition.endsOn(),
                        orDefault(edition.opensAt(), before.opensAt()),
                        orDefault(edition.closesAt(), before.closesAt()),
                        edition.areaM2(),
                        edition.slogan().ar(),
                        edition.slogan().fr(),
                        edition.slogan().en(),
                        at(edition.callDeadline()),
                        edition.openToOtherRegions(),
                        edition.standTarget(),
                        edition.quotas().womenMin(),
                        edition.quotas().youthMin(),
                        edition.quotas().sectorMax(),
                        edition.quotas().otherRegionsMin(),
                        id)
                .update();
        audit.record("UPDATE", "edition", id, before, edition);
    }

    /** Moves the edition to the next status (or back one step before it runs); anything else is refused. */
    public Edition changeStatus(UUID id, EditionStatus to) {
        Edition edition = get(id);
        if (!edition.status().allowedNext().contains(to)) {
            throw new InvalidRequestException("status", "fairs.status.notAllowed", edition.status(), to);
        }
        jdbc.sql("update fairs_edition set status = ? where id = ?")
                .params(to.name(), id)
                .update();
        audit.record("STATUS", "edition", id, edition.status(), to);
        return get(id);
    }

    /** The solidarity store corner's location (a store made for the fair by the sales module). */
    public void setCorner(UUID id, @Nullable UUID locationId) {
        Edition edition = get(id);
        jdbc.sql("update fairs_edition set corner_location_id = ? where id = ?")
                .params(locationId, id)
                .update();
        audit.record("CORNER", "edition", id, edition.cornerLocationId(), locationId);
    }

    @Transactional(readOnly = true)
    public Optional<Edition> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Editions::edition)
                .optional();
    }

    @Transactional(readOnly = true)
    public Edition get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("edition.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<Edition> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = ?")
                .param(slug)
                .query(Editions::edition)
                .optional();
    }

    /** Every edition, latest first. */
    @Transactional(readOnly = true)
    public List<Edition> all() {
        return jdbc.sql(SELECT + " order by starts_on desc, edition_no desc")
                .query(Editions::edition)
                .list();
    }

    /** Editions the public sees (all but those still being planned), latest first. */
    @Transactional(readOnly = true)
    public List<Edition> published() {
        return jdbc.sql(SELECT + " where status <> 'PLANNED' order by starts_on desc, edition_no desc")
                .query(Editions::edition)
                .list();
    }

    /** Editions whose call is open now: what an actor may apply to. */
    @Transactional(readOnly = true)
    public List<Edition> withOpenCall() {
        return jdbc.sql(SELECT + " where status = 'CALL_OPEN' and (call_deadline is null or call_deadline > now())"
                        + " order by starts_on")
                .query(Editions::edition)
                .list();
    }

    /** Earlier editions in the same territory or any other, to compare a closing report with. */
    @Transactional(readOnly = true)
    public List<Edition> before(UUID id) {
        Edition edition = get(id);
        return jdbc.sql(SELECT + " where starts_on < ? order by starts_on desc")
                .param(edition.startsOn())
                .query(Editions::edition)
                .list();
    }

    public void addParty(UUID editionId, UUID partyId, String role) {
        if (!EditionParty.ROLES.contains(role)) {
            throw new InvalidRequestException("role", "fairs.party.role");
        }
        get(editionId);
        jdbc.sql("""
                        insert into fairs_edition_party (edition_id, party_id, role, sort_order)
                        values (?, ?, ?, (select count(*) from fairs_edition_party where edition_id = ?))
                        on conflict do nothing""").params(editionId, partyId, role, editionId).update();
        audit.record("ADD_PARTY", "edition", editionId, null, java.util.Map.of("party", partyId, "role", role));
    }

    public void removeParty(UUID editionId, UUID partyId, String role) {
        int removed = jdbc.sql("delete from fairs_edition_party where edition_id = ? and party_id = ? and role = ?")
                .params(editionId, partyId, role)
                .update();
        if (removed > 0) {
            audit.record("REMOVE_PARTY", "edition", editionId, java.util.Map.of("party", partyId, "role", role), null);
        }
    }

    @Transactional(readOnly = true)
    public List<EditionParty> parties(UUID editionId) {
        return jdbc.sql("""
                        select p.id, p.name_ar, p.name_fr, p.name_en, ep.role
                        from fairs_edition_party ep join party_party p on p.id = ep.party_id
                        where ep.edition_id = ? order by ep.sort_order, ep.role""")
                .param(editionId)
                .query((rs, n) -> new EditionParty(
                        rs.getObject(1, UUID.class),
                        new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    private static void validate(NewEdition edition) {
        if (!edition.name().hasArabicOrFrench()) {
            throw new InvalidRequestException("nameAr", "validation.name.arOrFr");
        }
        if (edition.editionNo() < 1) {
            throw new InvalidRequestException("editionNo", "fairs.editionNo");
        }
        if (edition.endsOn().isBefore(edition.startsOn())) {
            throw new InvalidRequestException("endsOn", "fairs.dates");
        }
        if (edition.areaM2() != null && edition.areaM2() <= 0) {
            throw new InvalidRequestException("areaM2", "fairs.area");
        }
        if (edition.standTarget() != null && edition.standTarget() <= 0) {
            throw new InvalidRequestException("standTarget", "fairs.standTarget");
        }
        Edition.Quotas q = edition.quotas();
        for (var share : new java.math.BigDecimal[] {q.womenMin(), q.youthMin(), q.sectorMax(), q.otherRegionsMin()}) {
            if (share != null && (share.signum() < 0 || share.compareTo(java.math.BigDecimal.ONE) > 0)) {
                throw new InvalidRequestException("quotas", "fairs.quota");
            }
        }
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2;
                jdbc.sql("select count(*) from fairs_edition where slug = ?")
                                .param(slug)
                                .query(Long.class)
                                .single()
                        > 0;
                n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** e.g. "souk-solidaire-agadir-1-2025": the French (else Arabic-free) name, number and year. */
    static String slugOf(NewEdition edition) {
        String name = edition.name().fr() != null ? edition.name().fr() : "";
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (ascii.length() > 50) {
            ascii = ascii.substring(0, 50).replaceAll("-$", "");
        }
        String prefix = ascii.isEmpty() ? "edition" : ascii;
        return prefix + "-" + edition.editionNo() + "-" + edition.startsOn().getYear();
    }

    private static <T> T orDefault(@Nullable T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Edition edition(ResultSet rs, int n) throws SQLException {
        OffsetDateTime deadline = rs.getObject("call_deadline", OffsetDateTime.class);
        return new Edition(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rs.getInt("edition_no"),
                rs.getLong("territory_id"),
                new LocalizedText(rs.getString("venue_ar"), rs.getString("venue_fr"), rs.getString("venue_en")),
                rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class),
                rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class),
                rs.getObject("area_m2", Integer.class),
                new LocalizedText(rs.getString("slogan_ar"), rs.getString("slogan_fr"), rs.getString("slogan_en")),
                EditionStatus.valueOf(rs.getString("status")),
                deadline == null ? null : deadline.toInstant(),
                rs.getBoolean("open_to_other_regions"),
                rs.getObject("stand_target", Integer.class),
                new Edition.Quotas(
                        rs.getBigDecimal("quota_women"),
                        rs.getBigDecimal("quota_youth"),
                        rs.getBigDecimal("quota_sector_max"),
                        rs.getBigDecimal("quota_other_regions")),
                rs.getObject("corner_location_id", UUID.class));
    }
}
