package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.registry.Actor;
import ma.tadamon.registry.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call for exhibitors: actors apply while the call is open; the organiser scores them
 * ({@link ScoreGrid}), sees the {@link Selection} proposed under the edition's quotas, overrides
 * single decisions, and confirms. Selected applicants become exhibitors, the waiting list is
 * ranked, refusals carry their reason, and every decision is notified. A withdrawal from a
 * selected place offers it to the first on the waiting list.
 */
@Service
@Transactional
public class Applications {

    static final String SELECT = """
            select ap.id, ap.edition_id, ap.actor_id, p.name_ar, p.name_fr, p.name_en, a.value_chain_code,
              v.sector_code, a.women_led, a.youth_led, a.status as actor_status,
              (path.region_id is distinct from epath.region_id) as other_region,
              ap.status, ap.products, ap.area_m2, ap.electricity, ap.water, ap.note, ap.score, ap.scores::text as scores,
              ap.waitlist_rank, ap.override, ap.decision_reason, ap.decision_note, ap.submitted_at, ap.decided_at
            from fairs_application ap
            join fairs_edition ed on ed.id = ap.edition_id
            join party_party p on p.id = ap.actor_id
            join registry_actor a on a.party_id = ap.actor_id
            join registry_value_chain v on v.code = a.value_chain_code
            left join geo_territory_path path on path.territory_id = a.commune_id
            left join geo_territory_path epath on epath.territory_id = ed.territory_id""";

    /** What the organiser's list filters on; null means any. */
    public record Filter(
            @Nullable ApplicationStatus status,
            @Nullable String sector,
            @Nullable Boolean womenLed,
            @Nullable Boolean youthLed,
            @Nullable Boolean otherRegion) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** The selection proposed now: who is selected and waitlisted, who is refused and why. */
    public record Proposal(
            Selection.Proposal selection, Map<UUID, String> refused, Map<UUID, Application> applications) {

        public Application application(UUID id) {
            return applications.get(id);
        }

        public List<Application> selected() {
            return selection.selected().stream()
                    .map(c -> applications.get(c.id()))
                    .toList();
        }

        public List<Application> waitlist() {
            return selection.waitlist().stream()
                    .map(c -> applications.get(c.id()))
                    .toList();
        }

        public List<Application> refusedApplications() {
            return refused.keySet().stream().map(applications::get).toList();
        }
    }

    private final JdbcClient jdbc;
    private final Editions editions;
    private final Exhibitors exhibitors;
    private final Actors actors;
    private final Eligibility eligibility;
    private final CallNotices notices;
    private final AuditLog audit;

    Applications(
            JdbcClient jdbc,
            Editions editions,
            Exhibitors exhibitors,
            Actors actors,
            Eligibility eligibility,
            CallNotices notices,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.exhibitors = exhibitors;
        this.actors = actors;
        this.eligibility = eligibility;
        this.notices = notices;
        this.audit = audit;
    }

    /** Applies for the actor: refused, next to the field at fault, when a condition is not met. */
    public UUID apply(UUID editionId, UUID actorId, NewApplication form) {
        Edition edition = editions.get(editionId);
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        eligibility.require(edition, actor, form.products(), Instant.now());
        BigDecimal area = form.areaM2() == null ? BigDecimal.valueOf(9) : form.areaM2();
        if (area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(500)) > 0) {
            throw new InvalidRequestException("areaM2", "fairs.apply.areaInvalid");
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().trim();
        if (note != null && note.length() > 2000) {
            throw new InvalidRequestException("note", "fairs.apply.noteTooLong");
        }
        Optional<Application> existing = find(editionId, actorId);
        if (existing.isPresent() && existing.get().status() != ApplicationStatus.WITHDRAWN) {
            throw new InvalidRequestException("edition", "fairs.apply.already");
        }
        UUID id = existing.map(Application::id).orElseGet(UUID::randomUUID);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID[] products = form.products().stream().distinct().toArray(UUID[]::new);
        if (existing.isPresent()) {
            jdbc.sql("""
                            update fairs_application set status = 'SUBMITTED', products = ?, area_m2 = ?,
                              electricity = ?, water = ?, note = ?, submitted_at = ?, submitted_by = ?, score = null,
                              scores = '{}', waitlist_rank = null, override = null, decision_reason = null,
                              decision_note = null, decided_at = null, decided_by = null
                            where id = ?""")
                    .params(
                            products,
                            area,
                            form.electricity(),
                            form.water(),
                            note,
                            now,
                            FairsAccess.currentAccount(),
                            id)
                    .update();
        } else {
            jdbc.sql("""
                            insert into fairs_application (id, edition_id, actor_id, products, area_m2, electricity,
                              water, note, submitted_at, submitted_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            editionId,
                            actorId,
                            products,
                            area,
                            form.electricity(),
                            form.water(),
                            note,
                            now,
                            FairsAccess.currentAccount())
                    .update();
        }
        audit.record("APPLY", "application", id, null, form);
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(UUID id) {
        return jdbc.sql(SELECT + " where ap.id = ?")
                .param(id)
                .query(Applications::application)
                .optional();
    }

    @Transactional(readOnly = true)
    public Application get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("fairs.application.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(UUID editionId, UUID actorId) {
        return jdbc.sql(SELECT + " where ap.edition_id = ? and ap.actor_id = ?")
                .params(editionId, actorId)
                .query(Applications::application)
                .optional();
    }

    /** The edition's applications matching the filter, best score first, then who applied first. */
    @Transactional(readOnly = true)
    public List<Application> ofEdition(UUID editionId, Filter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ap.edition_id = ?");
        List<Object> params = new ArrayList<>(List.of(editionId));
        if (filter.status() != null) {
            sql.append(" and ap.status = ?");
            params.add(filter.status().name());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            sql.append(" and v.sector_code = ?");
            params.add(filter.sector());
        }
        if (filter.womenLed() != null) {
            sql.append(" and a.women_led = ?");
            params.add(filter.womenLed());
        }
        if (filter.youthLed() != null) {
            sql.append(" and a.youth_led = ?");
            params.add(filter.youthLed());
        }
        if (filter.otherRegion() != null) {
            sql.append(" and (path.region_id is distinct from epath.region_id) = ?");
            params.add(filter.otherRegion());
        }
        sql.append(" order by ap.score desc nulls last, ap.submitted_at, ap.id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(Applications::application)
                .list();
    }

    /** The actor's applications, latest edition first. */
    @Transactional(readOnly = true)
    public List<Application> ofActor(UUID actorId) {
        return jdbc.sql(SELECT + " where ap.actor_id = ? order by ed.starts_on desc")
                .param(actorId)
                .query(Applications::application)
                .list();
    }

    @Transactional(readOnly = true)
    public Map<ApplicationStatus, Integer> counts(UUID editionId) {
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        Arrays.stream(ApplicationStatus.values()).forEach(s -> counts.put(s, 0));
        jdbc.sql("select status, count(*) from fairs_application where edition_id = ? group by status")
                .param(editionId)
                .query((rs, n) -> counts.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    /** The organiser decides this one against the proposal (null: follow the proposal again). */
    public void override(UUID applicationId, @Nullable ApplicationStatus decision, @Nullable String note) {
        Application before = get(applicationId);
        if (decision == ApplicationStatus.SUBMITTED || decision == ApplicationStatus.WITHDRAWN) {
            throw new InvalidRequestException("decision", "fairs.override.invalid");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (decision == ApplicationStatus.REJECTED && text == null) {
            throw new InvalidRequestException("note", "fairs.override.reason");
        }
        if (!before.status().open()) {
            throw new InvalidRequestException("decision", "fairs.override.withdrawn");
        }
        jdbc.sql("update fairs_application set override = ?, decision_note = ? where id = ?")
                .params(decision == null ? null : decision.name(), text, applicationId)
                .update();
        audit.record("OVERRIDE", "application", applicationId, before.override(), decision);
    }

    /** The selection as it would be confirmed now: eligible applications under the edition's quotas. */
    @Transactional(readOnly = true)
    public Proposal proposal(UUID editionId) {
        Edition edition = editions.get(editionId);
        Map<UUID, Application> all = new LinkedHashMap<>();
        ofEdition(editionId, Filter.ALL).stream().filter(a -> a.status().open()).forEach(a -> all.put(a.id(), a));
        Map<UUID, String> refused = new LinkedHashMap<>();
        List<Candidate> eligible = new ArrayList<>();
        Instant now = Instant.now();
        for (Application a : all.values()) {
            String reason = a.override() == ApplicationStatus.REJECTED ? "ORGANISER" : ineligibility(edition, a, now);
            if (reason != null) {
                refused.put(a.id(), reason);
            } else {
                eligible.add(a.candidate());
            }
        }
        Set<UUID> forcedIn = ids(all, ApplicationStatus.SELECTED);
        Set<UUID> forcedOut = ids(all, ApplicationStatus.WAITLISTED);
        Selection.Proposal selection =
                Selection.forEdition(edition, eligible.size()).propose(eligible, forcedIn, forcedOut);
        return new Proposal(selection, refused, all);
    }

    /**
     * Confirms the proposal: the selected become exhibitors (with their stall), the others are
     * ranked on the waiting list or refused with the reason; those whose decision changed are told.
     */
    public int confirm(UUID editionId) {
        Edition edition = editions.get(editionId);
        if (edition.status() != EditionStatus.SELECTION) {
            throw new InvalidRequestException("status", "fairs.selection.notNow");
        }
        Proposal proposal = proposal(editionId);
        int decided = 0;
        for (Application a : proposal.applications().values()) {
            ApplicationStatus to;
            Integer rank = null;
            String reason = proposal.refused().get(a.id());
            if (reason != null) {
                to = ApplicationStatus.REJECTED;
            } else if (proposal.selection().selects(a.id())) {
                to = ApplicationStatus.SELECTED;
            } else {
                to = ApplicationStatus.WAITLISTED;
                rank = proposal.selection().rankOf(a.id());
            }
            decide(a, to, rank, reason);
            if (to == ApplicationStatus.SELECTED) {
                exhibitors.admit(editionId, a.actorId(), a.id());
            } else if (a.status() == ApplicationStatus.SELECTED) {
                exhibitors.withdraw(editionId, a.actorId());
            }
            if (to != a.status() || (rank != null && !rank.equals(a.waitlistRank()))) {
                decided++;
                if (to != a.status()) {
                    notices.tell(CallNotices.Kind.valueOf(to.name()), get(a.id()), edition);
                }
            }
        }
        audit.record("CONFIRM_SELECTION", "edition", editionId, null, Map.of("changed", decided));
        return decided;
    }

    /**
     * The actor withdraws its application. A selected place freed goes to the first on the waiting
     * list (while the edition is not closed), who is told. Returns that promoted application.
     */
    public Optional<Application> withdraw(UUID applicationId) {
        // Withdrawals of one edition go one at a time (the edition's row locked), so a double click or two
        // withdrawals at once never promote the same waitlisted actor twice nor close the ranks twice.
        UUID editionId = get(applicationId).editionId();
        jdbc.sql("select id from fairs_edition where id = ? for update")
                .param(editionId)
                .query(UUID.class)
                .list();
        Application a = get(applicationId);
        if (a.status() == ApplicationStatus.WITHDRAWN) {
            return Optional.empty();
        }
        Edition edition = editions.get(a.editionId());
        if (edition.status() == EditionStatus.CLOSED) {
            throw new InvalidRequestException("status", "fairs.closed");
        }
        jdbc.sql("""
                        update fairs_application set status = 'WITHDRAWN', waitlist_rank = null, override = null,
                          decided_at = ?, decided_by = ?
                        where id = ?""")
                .params(OffsetDateTime.now(ZoneOffset.UTC), FairsAccess.currentAccount(), applicationId)
                .update();
        audit.record("WITHDRAW", "application", applicationId, a.status(), ApplicationStatus.WITHDRAWN);
        if (a.status() == ApplicationStatus.WAITLISTED && a.waitlistRank() != null) {
            closeRanks(a.editionId(), a.waitlistRank());
        }
        if (a.status() != ApplicationStatus.SELECTED) {
            return Optional.empty();
        }
        exhibitors.withdraw(a.editionId(), a.actorId());
        Optional<Application> first = jdbc.sql(SELECT
                        + " where ap.edition_id = ? and ap.status = 'WAITLISTED' order by ap.waitlist_rank limit 1")
                .param(a.editionId())
                .query(Applications::application)
                .optional();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Application next = first.get();
        decide(next, ApplicationStatus.SELECTED, null, "PROMOTED");
        closeRanks(a.editionId(), next.waitlistRank() == null ? 1 : next.waitlistRank());
        exhibitors.admit(a.editionId(), next.actorId(), next.id());
        Application promoted = get(next.id());
        notices.tell(CallNotices.Kind.PROMOTED, promoted, edition);
        return Optional.of(promoted);
    }

    private void decide(Application a, ApplicationStatus to, @Nullable Integer rank, @Nullable String reason) {
        boolean changed = to != a.status() || !java.util.Objects.equals(rank, a.waitlistRank());
        jdbc.sql("""
                        update fairs_application set status = ?, waitlist_rank = ?, decision_reason = ?,
                          decided_at = case when ? then ? else decided_at end,
                          decided_by = case when ? then ? else decided_by end
                        where id = ?""")
                .params(
                        to.name(),
                        rank,
                        reason,
                        changed,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        changed,
                        FairsAccess.currentAccount(),
                        a.id())
                .update();
        if (changed) {
            audit.record("DECIDE", "application", a.id(), a.status(), to);
        }
    }

    /** Moves up by one everyone ranked after a place left on the waiting list. */
    private void closeRanks(UUID editionId, int leftRank) {
        jdbc.sql("""
                        update fairs_application set waitlist_rank = waitlist_rank - 1
                        where edition_id = ? and status = 'WAITLISTED' and waitlist_rank > ?""").params(editionId, leftRank).update();
    }

    /** Why an application cannot be selected any more (the actor changed since it applied), or null. */
    private @Nullable String ineligibility(Edition edition, Application application, Instant now) {
        Actor actor = actors.find(application.actorId()).orElse(null);
        if (actor == null) {
            return "status";
        }
        return eligibility.check(edition, actor, application.products(), now).stream()
                .filter(c -> !c.met() && !c.code().equals("call"))
                .map(EligibilityCheck::code)
                .findFirst()
                .orElse(null);
    }

    private static Set<UUID> ids(Map<UUID, Application> all, ApplicationStatus override) {
        return all.values().stream()
                .filter(a -> a.override() == override)
                .map(Application::id)
                .collect(Collectors.toSet());
    }

    private static final Pattern SCORE = Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*(-?\\d+)");

    static Application application(ResultSet rs, int n) throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Matcher m = SCORE.matcher(rs.getString("scores"));
        while (m.find()) {
            scores.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        Array products = rs.getArray("products");
        List<UUID> productIds = products == null ? List.of() : List.of((UUID[]) products.getArray());
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        String override = rs.getString("override");
        return new Application(
                rs.getObject("id", UUID.class),
                rs.getObject("edition_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rs.getString("value_chain_code"),
                rs.getString("sector_code"),
                rs.getBoolean("women_led"),
                rs.getBoolean("youth_led"),
                rs.getBoolean("other_region"),
                "ACTIVE".equals(rs.getString("actor_status")),
                ApplicationStatus.valueOf(rs.getString("status")),
                productIds,
                rs.getBigDecimal("area_m2"),
                rs.getBoolean("electricity"),
                rs.getBoolean("water"),
                rs.getString("note"),
                rs.getBigDecimal("score"),
                scores,
                rs.getObject("waitlist_rank", Integer.class),
                override == null ? null : ApplicationStatus.valueOf(override),
                rs.getString("decision_reason"),
                rs.getString("decision_note"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
