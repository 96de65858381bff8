package ma.tadamon.fairs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import ma.tadamon.fairs.Edition;
import ma.tadamon.identity.SignedInUser;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.registry.RegistryAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors counted at each entrance of an edition, one figure per entrance and day of the fair. An
 * organiser enters it and may correct it: the latest figure stands, the change is audited.
 */
@Service
@Transactional
class Footfall {

    static final int MAX_ENTRANCE = 80;
    static final int MAX_VISITORS = 1_000_000;

    record Entry(
            String entrance,
            LocalDate day,
            int visitors,
            Instant recordedAt,
            @Nullable UUID recordedBy) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Footfall(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Enters or corrects the count of one entrance on one day of the fair. */
    Entry record(Edition edition, @Nullable String entrance, @Nullable LocalDate day, @Nullable Integer visitors) {
        String name = entrance == null ? "" : entrance.trim().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > MAX_ENTRANCE) {
            throw new InvalidRequestException("entrance", "fairs.live.footfall.entrance.invalid", MAX_ENTRANCE);
        }
        if (day == null || day.isBefore(edition.startsOn()) || day.isAfter(edition.endsOn())) {
            throw new InvalidRequestException("day", "fairs.live.footfall.day.invalid");
        }
        if (visitors == null || visitors < 0 || visitors > MAX_VISITORS) {
            throw new InvalidRequestException("visitors", "fairs.live.footfall.visitors.invalid");
        }
        // An entrance named again with other capitals or spaces is the same entrance.
        String existing = entrances(edition.id()).stream()
                .filter(e -> e.equalsIgnoreCase(name))
                .findFirst()
                .orElse(name);
        Optional<Entry> before = find(edition.id(), existing, day);
        SignedInUser user = RegistryAccess.currentUser();
        jdbc.sql("""
                        insert into fairs_footfall (edition_id, entrance, day, visitors, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (edition_id, entrance, day)
                        do update set visitors = excluded.visitors, recorded_at = excluded.recorded_at,
                          recorded_by = excluded.recorded_by""")
                .params(
                        edition.id(),
                        existing,
                        day,
                        visitors,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        user == null ? null : user.accountId())
                .update();
        Entry after = find(edition.id(), existing, day).orElseThrow();
        audit.record(
                before.isPresent() ? "FOOTFALL_CORRECT" : "FOOTFALL",
                "edition",
                edition.id(),
                before.orElse(null),
                after);
        return after;
    }

    @Transactional(readOnly = true)
    Optional<Entry> find(UUID editionId, String entrance, LocalDate day) {
        return jdbc.sql("""
                        select entrance, day, visitors, recorded_at, recorded_by from fairs_footfall
                        where edition_id = ? and entrance = ? and day = ?""")
                .params(editionId, entrance, day)
                .query(Footfall::entry)
                .optional();
    }

    /** Every figure of the edition, by day then entrance. */
    @Transactional(readOnly = true)
    List<Entry> of(UUID editionId) {
        return jdbc.sql("""
                        select entrance, day, visitors, recorded_at, recorded_by from fairs_footfall
                        where edition_id = ? order by day, entrance""").param(editionId).query(Footfall::entry).list();
    }

    @Transactional(readOnly = true)
    List<String> entrances(UUID editionId) {
        return jdbc.sql("select distinct entrance from fairs_footfall where edition_id = ? order by entrance")
                .param(editionId)
                .query(String.class)
                .list();
    }

    /** Visitors per day of the fair (every day, zero when nothing was entered). */
    static Map<LocalDate, Integer> byDay(Edition edition, List<Entry> entries) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        edition.days().forEach(d -> days.put(d, 0));
        entries.forEach(e -> days.merge(e.day(), e.visitors(), Integer::sum));
        return days;
    }

    static Map<String, Integer> byEntrance(List<Entry> entries) {
        Map<String, Integer> entrances = new TreeMap<>();
        entries.forEach(e -> entrances.merge(e.entrance(), e.visitors(), Integer::sum));
        return entrances;
    }

    static int total(List<Entry> entries) {
        return entries.stream().mapToInt(Entry::visitors).sum();
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(
                rs.getString("entrance"),
                rs.getObject("day", LocalDate.class),
                rs.getInt("visitors"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_by", UUID.class));
    }
}
