package ma.tadamon.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.party.NewParty;
import ma.tadamon.party.Parties;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.PhoneNumber;
import ma.tadamon.platform.SearchText;
import ma.tadamon.platform.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering actors, changing their status, finding them, and the public directory. */
@Service
@Transactional
public class Actors {

    /** What registering answered: the new actor, and warnings that did not block (e.g. ICE check digits). */
    public record Registration(UUID id, List<String> warnings) {}

    private static final RowMapper<Actor> ACTORS = (rs, row) -> new Actor(
            rs.getObject("party_id", UUID.class),
            ActorType.valueOf(rs.getString("type")),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            rs.getString("legal_form"),
            rs.getObject("created_on", java.time.LocalDate.class),
            rs.getString("value_chain_code"),
            rs.getString("sector_code"),
            rs.getLong("commune_id"),
            rs.getString("address"),
            rs.getBigDecimal("latitude"),
            rs.getBigDecimal("longitude"),
            rs.getString("phone"),
            rs.getString("email"),
            ActorStatus.valueOf(rs.getString("status")),
            new LocalizedText(rs.getString("story_ar"), rs.getString("story_fr"), rs.getString("story_en")),
            rs.getString("registration_number"),
            rs.getString("registration_authority"),
            rs.getObject("registration_date", java.time.LocalDate.class),
            rs.getString("ice"),
            rs.getBoolean("women_led"),
            rs.getBoolean("youth_led"));

    private static final String SELECT_ACTOR = """
            select a.*, p.name_ar, p.name_fr, p.name_en, v.sector_code
            from registry_actor a join party_party p on p.id = a.party_id
            join registry_value_chain v on v.code = a.value_chain_code""";

    private final JdbcClient jdbc;
    private final Parties parties;
    private final Territories territories;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DirectorySearch directory;

    Actors(
            JdbcClient jdbc,
            Parties parties,
            Territories territories,
            AuditLog audit,
            ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<ActorTagProvider> tagProviders) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.territories = territories;
        this.audit = audit;
        this.events = events;
        this.directory = new DirectorySearch(
                jdbc,
                territories,
                tag -> tagProviders
                        .orderedStream()
                        .flatMap(p -> p.actorsWith(tag).stream())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    public Registration register(NewActor actor) {
        return register(UUID.randomUUID(), actor);
    }

    /** Registers with a chosen id (demo data); an existing actor with that id is left as it is. */
    public Registration register(UUID id, NewActor actor) {
        List<String> warnings = new ArrayList<>();
        Territory commune = territories
                .byId(actor.communeId())
                .filter(t -> t.level() == TerritoryLevel.COMMUNE)
                .orElseThrow(() -> new InvalidRequestException("communeId", "validation.actor.commune"));
        if (valueChain(actor.valueChain()).isEmpty()) {
            throw new InvalidRequestException("valueChain", "validation.actor.valueChain");
        }
        String ice = Identifiers.digits(actor.ice());
        if (ice != null) {
            if (!Identifiers.iceWellFormed(ice)) {
                throw new InvalidRequestException("ice", "validation.actor.ice");
            }
            if (!Identifiers.iceChecksumLooksRight(ice)) {
                warnings.add("warning.actor.iceChecksum");
            }
        }
        String rib = Identifiers.digits(actor.rib());
        if (rib != null && !Identifiers.ribWellFormed(rib)) {
            throw new InvalidRequestException("rib", "validation.actor.rib");
        }
        if (rib != null && !Identifiers.ribKeyRight(rib)) {
            throw new InvalidRequestException("rib", "validation.actor.ribKey");
        }
        String phone = null;
        if (actor.phone() != null && !actor.phone().isBlank()) {
            try {
                phone = PhoneNumber.parse(actor.phone()).e164();
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("phone", "validation.phone.any");
            }
        }
        if (find(id).isPresent()) {
            return new Registration(id, List.of());
        }
        parties.register(
                id,
                new NewParty(
                        "SSE_ACTOR",
                        actor.nameAr(),
                        actor.nameFr(),
                        actor.nameEn(),
                        null,
                        commune.id(),
                        null,
                        Set.of("SSE_ACTOR")),
                false);
        jdbc.sql("""
                        insert into registry_actor (party_id, type, legal_form, created_on, value_chain_code, commune_id, address,
                          latitude, longitude, phone, email, story_ar, story_fr, registration_number, registration_authority,
                          registration_date, ice, rib, search_text, sort_name, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                          (select coalesce(name_fr, name_ar) from party_party where id = ?), ?)""")
                .params(
                        id,
                        actor.type().name(),
                        blankToNull(actor.legalForm()),
                        actor.createdOn(),
                        actor.valueChain(),
                        commune.id(),
                        blankToNull(actor.address()),
                        actor.latitude(),
                        actor.longitude(),
                        phone,
                        blankToNull(actor.email()),
                        blankToNull(actor.storyAr()),
                        blankToNull(actor.storyFr()),
                        blankToNull(actor.registrationNumber()),
                        blankToNull(actor.registrationAuthority()),
                        actor.registrationDate(),
                        ice,
                        rib,
                        searchText(actor.nameAr(), actor.nameFr(), actor.nameEn()),
                        id,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record("CREATE", "actor", id, null, find(id).orElseThrow());
        events.publishEvent(
                new ActorRegistered(id, actor.type(), actor.valueChain(), commune.id(), ActorStatus.ACTIVE));
        return new Registration(id, List.copyOf(warnings));
    }

    /** What a manager may change on her actor's record (not its type, commune or registration). */
    public record Details(
            @Nullable String address,
            java.math.@Nullable BigDecimal latitude,
            java.math.@Nullable BigDecimal longitude,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String storyAr,
            @Nullable String storyFr,
            @Nullable String ice,
            @Nullable String rib,
            @Nullable String legalForm) {}

    public List<String> update(UUID id, Details details) {
        Actor before = find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        List<String> warnings = new ArrayList<>();
        String ice = Identifiers.digits(details.ice());
        if (ice != null && !Identifiers.iceWellFormed(ice)) {
            throw new InvalidRequestException("ice", "validation.actor.ice");
        }
        if (ice != null && !Identifiers.iceChecksumLooksRight(ice)) {
            warnings.add("warning.actor.iceChecksum");
        }
        String rib = Identifiers.digits(details.rib());
        if (rib != null && (!Identifiers.ribWellFormed(rib))) {
            throw new InvalidRequestException("rib", "validation.actor.rib");
        }
        if (rib != null && !Identifiers.ribKeyRight(rib)) {
            throw new InvalidRequestException("rib", "validation.actor.ribKey");
        }
        String phone = null;
        if (details.phone() != null && !details.phone().isBlank()) {
            try {
                phone = PhoneNumber.parse(details.phone()).e164();
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("phone", "validation.phone.any");
            }
        }
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new InvalidRequestException("latitude", "import.error.coordinates.pair");
        }
        try {
            jdbc.sql("""
                            update registry_actor set address = ?, latitude = ?, longitude = ?, phone = ?, email = ?, story_ar = ?,
                              story_fr = ?, ice = ?, rib = ?, legal_form = ?, updated_at = now() where party_id = ?""")
                    .params(
                            blankToNull(details.address()),
                            details.latitude(),
                            details.longitude(),
                            phone,
                            blankToNull(details.email()),
                            blankToNull(details.storyAr()),
                            blankToNull(details.storyFr()),
                            ice,
                            rib,
                            blankToNull(details.legalForm()),
                            id)
                    .update();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new InvalidRequestException("latitude", "validation.actor.details");
        }
        audit.record("UPDATE", "actor", id, before, find(id).orElseThrow());
        return warnings;
    }

    /** A legal identifier other than ICE and registration number: kind, value, issuing authority and date. */
    public record Identifier(
            UUID id, String kind, String value, @Nullable String authority, java.time.@Nullable LocalDate issuedOn) {}

    public static final List<String> IDENTIFIER_KINDS =
            List.of("IF", "RC", "CNSS", "TAXE_PROFESSIONNELLE", "AUTO_ENTREPRENEUR", "OTHER");

    public UUID addIdentifier(
            UUID id, String kind, String value, @Nullable String authority, java.time.@Nullable LocalDate issuedOn) {
        if (!IDENTIFIER_KINDS.contains(kind)) {
            throw new InvalidRequestException("kind", "validation.identifier.kind");
        }
        if (value == null || value.isBlank() || value.length() > 60) {
            throw new InvalidRequestException("value", "validation.identifier.value");
        }
        if (issuedOn != null && issuedOn.isAfter(java.time.LocalDate.now())) {
            throw new InvalidRequestException("issuedOn", "validation.identifier.future");
        }
        UUID identifier = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into registry_actor_identifier (id, actor_id, kind, value, authority, issued_on)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(identifier, id, kind, value.trim(), blankToNull(authority), issuedOn)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidRequestException("value", "validation.identifier.exists");
        }
        audit.record("ADD_IDENTIFIER", "actor", id, null, java.util.Map.of("kind", kind, "value", value.trim()));
        return identifier;
    }

    public void removeIdentifier(UUID id, UUID identifier) {
        jdbc.sql("delete from registry_actor_identifier where id = ? and actor_id = ?")
                .params(identifier, id)
                .update();
        audit.record("REMOVE_IDENTIFIER", "actor", id, java.util.Map.of("identifier", identifier), null);
    }

    @Transactional(readOnly = true)
    public List<Identifier> identifiers(UUID id) {
        return jdbc.sql("select * from registry_actor_identifier where actor_id = ? order by kind, value")
                .param(id)
                .query((rs, row) -> new Identifier(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("value"),
                        rs.getString("authority"),
                        rs.getObject("issued_on", java.time.LocalDate.class)))
                .list();
    }

    /** The bank details for payouts: only for the actor's managers and the registrar. */
    @Transactional(readOnly = true)
    public Optional<String> rib(UUID id) {
        return jdbc.sql("select rib from registry_actor where party_id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public void changeStatus(UUID id, ActorStatus status) {
        Actor before = find(id).orElseThrow(() -> new NotFoundException("actor.notFound"));
        if (before.status() == status) {
            return;
        }
        jdbc.sql("update registry_actor set status = ?, updated_at = now() where party_id = ?")
                .params(status.name(), id)
                .update();
        audit.record("STATUS", "actor", id, before.status(), status);
        events.publishEvent(
                new ActorStatusChanged(id, before.status(), status, before.communeId(), before.valueChain()));
    }

    @Transactional(readOnly = true)
    public Optional<Actor> find(UUID id) {
        return jdbc.sql(SELECT_ACTOR + " where a.party_id = ?")
                .param(id)
                .query(ACTORS)
                .optional();
    }

    /**
     * The actor with this registration number (compared without case or surrounding spaces), else
     * the one with this ICE: how an import recognises an actor it has seen before.
     */
    @Transactional(readOnly = true)
    public Optional<Actor> findByRegistrationNumberOrIce(@Nullable String registrationNumber, @Nullable String ice) {
        String number = blankToNull(registrationNumber);
        if (number != null) {
            Optional<Actor> found = jdbc.sql(SELECT_ACTOR + " where lower(trim(a.registration_number)) = lower(?)"
                            + " order by a.updated_at limit 1")
                    .param(number)
                    .query(ACTORS)
                    .optional();
            if (found.isPresent()) {
                return found;
            }
        }
        String digits = Identifiers.digits(ice);
        if (digits == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT_ACTOR + " where a.ice = ?")
                .param(digits)
                .query(ACTORS)
                .optional();
    }

    /** The public records of these actors, in no particular order (e.g. one page of a directory export). */
    @Transactional(readOnly = true)
    public List<Actor> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String array = ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return jdbc.sql(SELECT_ACTOR + " where a.party_id = any(cast(? as uuid[]))")
                .param(array)
                .query(ACTORS)
                .list();
    }

    @Transactional(readOnly = true)
    public List<ValueChain> valueChains() {
        return jdbc.sql("""
                        select v.code, v.sector_code, v.name_ar, v.name_fr, v.name_en,
                               s.name_ar as s_ar, s.name_fr as s_fr, s.name_en as s_en
                        from registry_value_chain v join registry_sector s on s.code = v.sector_code
                        order by s.sort_order, v.sort_order""").query(Actors::valueChainRow).list();
    }

    @Transactional(readOnly = true)
    public Optional<ValueChain> valueChain(String code) {
        return jdbc.sql("""
                        select v.code, v.sector_code, v.name_ar, v.name_fr, v.name_en,
                               s.name_ar as s_ar, s.name_fr as s_fr, s.name_en as s_en
                        from registry_value_chain v join registry_sector s on s.code = v.sector_code
                        where v.code = ?""").param(code).query(Actors::valueChainRow).optional();
    }

    private static ValueChain valueChainRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ValueChain(
                rs.getString("code"),
                rs.getString("sector_code"),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                new LocalizedText(rs.getString("s_ar"), rs.getString("s_fr"), rs.getString("s_en")));
    }

    /**
     * The public directory: filters combined, names matched after normalisation (substring or close
     * spelling), most relevant first, then by name.
     */
    @Transactional(readOnly = true)
    public PageResult<ActorSummary> search(DirectoryQuery query) {
        return directory.search(query);
    }

    /** Recomputes women-led and youth-led after a change of members or board; returns the new flags. */
    boolean[] recomputeLeadership(UUID actorId, LeadershipRules rules, int year) {
        LeadershipRules.Composition composition = jdbc.sql("""
                        select count(*) filter (where role <> 'EMPLOYEE') as members,
                               count(*) filter (where role <> 'EMPLOYEE' and gender = 'F') as women,
                               count(*) filter (where role <> 'EMPLOYEE' and ? - birth_year between ? and ?) as young,
                               max(gender) filter (where role = 'PRESIDENT') as president_gender,
                               max(? - birth_year) filter (where role = 'PRESIDENT') as president_age
                        from registry_member where actor_id = ? and left_on is null""")
                .params(year, rules.youthFrom(), rules.youthTo(), year, actorId)
                .query((rs, row) -> new LeadershipRules.Composition(
                        rs.getInt("members"),
                        rs.getInt("women"),
                        rs.getInt("young"),
                        rs.getString("president_gender"),
                        (Integer) rs.getObject("president_age")))
                .single();
        boolean womenLed = rules.womenLed(composition);
        boolean youthLed = rules.youthLed(composition);
        jdbc.sql("update registry_actor set women_led = ?, youth_led = ?, updated_at = now() where party_id = ?")
                .params(womenLed, youthLed, actorId)
                .update();
        return new boolean[] {womenLed, youthLed};
    }

    /** What the directory's text search compares: the names, normalised, in one string. */
    public static String searchText(@Nullable String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                text.append(SearchText.normalize(name)).append(' ');
            }
        }
        return text.toString().trim();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
