package ma.tadamon.sales;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stock locations: each actor's own premises (made on first use), stores with their commission, fair stalls. */
@Service
@Transactional
public class Locations {

    private static final String SELECT = """
            select id, kind, party_id, name_ar, name_fr, name_en, commune_id, commission_rate, active
            from sales_location""";

    private final JdbcClient jdbc;
    private final Actors actors;
    private final AuditLog audit;

    Locations(JdbcClient jdbc, Actors actors, AuditLog audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
    }

    /** The actor's own premises, created the first time it is asked for. */
    public Location ofActor(UUID actorId) {
        Optional<Location> existing = jdbc.sql(SELECT + " where party_id = ? and kind = 'ACTOR'")
                .param(actorId)
                .query(Locations::location)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Actor actor = actors.find(actorId).orElseThrow(() -> new NotFoundException("actor.notFound"));
        jdbc.sql("""
                        insert into sales_location (id, kind, party_id, name_ar, name_fr, name_en, commune_id, created_at)
                        values (?, 'ACTOR', ?, ?, ?, ?, ?, ?)
                        on conflict (party_id) where kind = 'ACTOR' do nothing""")
                .params(
                        UUID.randomUUID(),
                        actorId,
                        actor.name().ar(),
                        actor.name().fr(),
                        actor.name().en(),
                        actor.communeId(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql(SELECT + " where party_id = ? and kind = 'ACTOR'")
                .param(actorId)
                .query(Locations::location)
                .single();
    }

    public UUID createStore(
            UUID operatorPartyId, LocalizedText name, @Nullable Long communeId, BigDecimal commissionRate) {
        return create(LocationKind.STORE, operatorPartyId, name, communeId, commissionRate);
    }

    /** A location of any kind (e.g. a fair stall for an exhibitor). */
    public UUID create(
            LocationKind kind,
            UUID partyId,
            LocalizedText name,
            @Nullable Long communeId,
            @Nullable BigDecimal commissionRate) {
        if (!name.hasArabicOrFrench()) {
            throw new InvalidRequestException("nameAr", "validation.name.arOrFr");
        }
        validateRate(commissionRate, kind == LocationKind.STORE);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sales_location (id, kind, party_id, name_ar, name_fr, name_en, commune_id,
                          commission_rate, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        kind.name(),
                        partyId,
                        name.ar(),
                        name.fr(),
                        name.en(),
                        communeId,
                        commissionRate,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        audit.record("CREATE", "location", id, null, name);
        return id;
    }

    /** A new commission rate applies to statements issued from now on; issued ones keep theirs. */
    public void changeCommission(UUID storeId, BigDecimal rate) {
        Location store = store(storeId);
        validateRate(rate, true);
        jdbc.sql("update sales_location set commission_rate = ? where id = ?")
                .params(rate, storeId)
                .update();
        audit.record("COMMISSION", "location", storeId, store.commissionRate(), rate);
    }

    @Transactional(readOnly = true)
    public Optional<Location> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Locations::location)
                .optional();
    }

    @Transactional(readOnly = true)
    public Location store(UUID id) {
        return find(id).filter(l -> l.kind() == LocationKind.STORE)
                .orElseThrow(() -> new NotFoundException("store.notFound"));
    }

    @Transactional(readOnly = true)
    public List<Location> stores() {
        return jdbc.sql(SELECT + " where kind = 'STORE' and active order by coalesce(name_fr, name_ar)")
                .query(Locations::location)
                .list();
    }

    /** Stores operated by one of these parties (the stores a signed-in cashier or store manager works for). */
    @Transactional(readOnly = true)
    public List<Location> storesOf(List<UUID> partyIds) {
        if (partyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where kind = 'STORE' and party_id = any(?) order by coalesce(name_fr, name_ar)")
                .param(partyIds.toArray(UUID[]::new))
                .query(Locations::location)
                .list();
    }

    private static void validateRate(@Nullable BigDecimal rate, boolean required) {
        if (rate == null) {
            if (required) {
                throw new InvalidRequestException("commissionRate", "validation.commission");
            }
            return;
        }
        if (rate.signum() < 0
                || rate.compareTo(BigDecimal.ONE) > 0
                || rate.stripTrailingZeros().scale() > 4) {
            throw new InvalidRequestException("commissionRate", "validation.commission");
        }
    }

    static Location location(ResultSet rs, int n) throws SQLException {
        Long commune = rs.getObject("commune_id", Long.class);
        return new Location(
                rs.getObject("id", UUID.class),
                LocationKind.valueOf(rs.getString("kind")),
                rs.getObject("party_id", UUID.class),
                new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                commune,
                rs.getBigDecimal("commission_rate"),
                rs.getBoolean("active"));
    }
}
