package ma.tadamon.party;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and finding parties. */
@Service
@Transactional
public class Parties {

    public static final List<String> KINDS = List.of(
            "SSE_ACTOR",
            "STATE_AGENCY",
            "MINISTRY",
            "PROGRAMME",
            "REGIONAL_COUNCIL",
            "PROVINCIAL_COUNCIL",
            "COMMUNAL_COUNCIL",
            "WILAYA",
            "CHAMBER",
            "NETWORK",
            "ASSOCIATION",
            "NGO",
            "COMPANY",
            "OTHER");

    private static final String SELECT = """
            select p.*, coalesce((select string_agg(r.role, ',' order by r.role) from party_party_role r
                                  where r.party_id = p.id), '') as roles
            from party_party p""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Parties(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public UUID register(NewParty party) {
        return register(UUID.randomUUID(), party, false);
    }

    /** Registers with a chosen id (demo and synthetic data use stable ids); does nothing if it exists. */
    public UUID register(UUID id, NewParty party, boolean synthetic) {
        if (!KINDS.contains(party.kind())) {
            throw new InvalidRequestException("kind", "validation.party.kind");
        }
        if (!new LocalizedText(party.nameAr(), party.nameFr(), party.nameEn()).hasArabicOrFrench()) {
            throw new InvalidRequestException("nameAr", "validation.name.arOrFr");
        }
        List<String> knownRoles = roles();
        for (String role : party.roles()) {
            if (!knownRoles.contains(role)) {
                throw new InvalidRequestException("roles", "validation.party.role", role);
            }
        }
        int inserted = jdbc.sql("""
                        insert into party_party (id, kind, name_ar, name_fr, name_en, acronym, territory_id, website, synthetic, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(
                        id,
                        party.kind(),
                        trim(party.nameAr()),
                        trim(party.nameFr()),
                        trim(party.nameEn()),
                        trim(party.acronym()),
                        party.territoryId(),
                        trim(party.website()),
                        synthetic,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        if (inserted == 1) {
            for (String role : party.roles()) {
                jdbc.sql("insert into party_party_role (party_id, role) values (?, ?)")
                        .params(id, role)
                        .update();
            }
            if (!synthetic) {
                audit.record("CREATE", "party", id, null, party);
                events.publishEvent(
                        new PartyRegistered(id, party.kind(), party.territoryId(), Set.copyOf(party.roles())));
            }
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Party> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = ?")
                .param(id)
                .query(Parties::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Party> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(Parties::map)
                .list();
    }

    /** Non-synthetic parties matching a kind, a role and a word of their names, by name. */
    @Transactional(readOnly = true)
    public PageResult<Party> search(
            @Nullable String kind, @Nullable String role, @Nullable String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where not p.synthetic");
        List<Object> params = new ArrayList<>();
        if (kind != null && !kind.isBlank()) {
            where.append(" and p.kind = ?");
            params.add(kind);
        }
        if (role != null && !role.isBlank()) {
            where.append(" and exists (select 1 from party_party_role r where r.party_id = p.id and r.role = ?)");
            params.add(role);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (p.name_ar ilike ? or p.name_fr ilike ? or p.name_en ilike ? or p.acronym ilike ?)");
            String like = "%" + text.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        long total = jdbc.sql("select count(*) from party_party p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Party> items = jdbc.sql(SELECT + where + " order by coalesce(p.name_fr, p.name_ar), p.id limit ? offset ?")
                .params(pageParams)
                .query(Parties::map)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public List<String> roles() {
        return jdbc.sql("select code from party_role_type order by sort_order")
                .query(String.class)
                .list();
    }

    private static Party map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String roles = rs.getString("roles");
        Set<String> roleSet = roles.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(roles.split(",")));
        return new Party(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rs.getString("acronym"),
                (Long) rs.getObject("territory_id"),
                rs.getString("website"),
                roleSet);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
