package ma.tadamon.registry.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.demo.BulkCopy;
import ma.tadamon.platform.demo.SyntheticContext;
import ma.tadamon.platform.demo.SyntheticDataset;
import ma.tadamon.registry.Actors;
import ma.tadamon.registry.LeadershipRules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registry record for every synthetic SSE-actor party, in its commune, with its members (about
 * a dozen per actor on average), then women-led and youth-led derived for all synthetic actors by
 * the configured rules in one set-based update. Rows are streamed with COPY: at national scale
 * (60,000 actors, 700,000 members) generation takes well under a minute.
 *
 * <p>Each actor is drawn from a random stream seeded by the run's seed and its party's id, so an
 * actor is the same whatever else the database holds; parties that already have an actor are
 * skipped, so a second run adds nothing.
 */
@Component
class RegistrySyntheticData implements SyntheticDataset {

    private static final Logger log = LoggerFactory.getLogger(RegistrySyntheticData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Territories territories;
    private final LeadershipRules rules;

    RegistrySyntheticData(JdbcClient jdbc, JdbcTemplate template, Territories territories, LeadershipRules rules) {
        this.jdbc = jdbc;
        this.template = template;
        this.territories = territories;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "registry";
    }

    private record Party(
            UUID id,
            @Nullable String nameAr,
            @Nullable String nameFr,
            @Nullable String nameEn,
            long communeId,
            OffsetDateTime createdAt) {}

    @Override
    @Transactional
    public void generate(SyntheticContext context) {
        long seed = context.random(name()).nextLong();
        Map<Long, Territory> communes = new HashMap<>();
        territories.atLevel(TerritoryLevel.COMMUNE).forEach(c -> communes.put(c.id(), c));
        List<Party> parties = jdbc
                .sql("""
                        select p.id, p.name_ar, p.name_fr, p.name_en, p.territory_id, p.created_at
                        from party_party p
                        where p.synthetic and p.kind = 'SSE_ACTOR' and p.territory_id is not null
                          and not exists (select 1 from registry_actor a where a.party_id = p.id)
                        order by p.id""")
                .query((rs, row) -> new Party(
                        rs.getObject("id", UUID.class),
                        rs.getString("name_ar"),
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        rs.getLong("territory_id"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list()
                .stream()
                .filter(p -> communes.containsKey(p.communeId()))
                .toList();

        List<SyntheticActorDraw> draws = new ArrayList<>(parties.size());
        long actors = BulkCopy.into(
                template,
                "registry_actor (party_id, type, legal_form, created_on, value_chain_code, commune_id, latitude,"
                        + " longitude, phone, status, search_text, sort_name, synthetic, updated_at)",
                copy -> {
                    for (Party party : parties) {
                        Territory commune = communes.get(party.communeId());
                        SyntheticActorDraw actor =
                                SyntheticActorDraw.of(seed, party.id(), commune.latitude(), commune.longitude());
                        draws.add(actor);
                        copy.row(
                                party.id(),
                                actor.type().name(),
                                actor.legalForm(),
                                actor.createdOn(),
                                actor.valueChain(),
                                party.communeId(),
                                plain(actor.latitude()),
                                plain(actor.longitude()),
                                actor.phone(),
                                actor.status().name(),
                                Actors.searchText(party.nameAr(), party.nameFr(), party.nameEn()),
                                party.nameFr() != null ? party.nameFr() : party.nameAr(),
                                true,
                                party.createdAt());
                    }
                });
        long members = BulkCopy.into(
                template,
                "registry_member (id, actor_id, full_name, gender, birth_year, role, joined_on, left_on,"
                        + " consent_purpose, consent_at, synthetic)",
                copy -> {
                    for (int i = 0; i < parties.size(); i++) {
                        for (SyntheticActorDraw.Person person : draws.get(i).members()) {
                            copy.row(
                                    person.id(),
                                    parties.get(i).id(),
                                    person.fullName(),
                                    person.gender(),
                                    person.birthYear(),
                                    person.role().name(),
                                    person.joinedOn(),
                                    person.leftOn(),
                                    RegistryDemoData.CONSENT,
                                    person.joinedOn().atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC),
                                    true);
                        }
                    }
                });
        int changed = recomputeLeadership(Year.now().getValue());
        log.info("Synthetic registry: {} actors, {} members, leadership changed for {}", actors, members, changed);
    }

    /**
     * Women-led and youth-led of every synthetic actor, by the same counts and rules as {@code
     * Actors.recomputeLeadership} (employees are not members; only current members count), in one
     * statement; rows whose flags do not change are not touched.
     */
    int recomputeLeadership(int year) {
        return jdbc.sql("""
                        update registry_actor a
                        set women_led = c.women_led, youth_led = c.youth_led
                        from (
                          select party_id,
                                 coalesce(president_gender = 'F', false)
                                   or (members > 0 and women >= :womenShare * members) as women_led,
                                 coalesce(president_age between :youthFrom and :youthTo, false)
                                   or (members > 0 and young >= :youthShare * members) as youth_led
                          from (
                            select a.party_id,
                                   count(m.id) filter (where m.role <> 'EMPLOYEE') as members,
                                   count(m.id) filter (where m.role <> 'EMPLOYEE' and m.gender = 'F') as women,
                                   count(m.id) filter (where m.role <> 'EMPLOYEE'
                                     and :year - m.birth_year between :youthFrom and :youthTo) as young,
                                   max(m.gender) filter (where m.role = 'PRESIDENT') as president_gender,
                                   max(:year - m.birth_year) filter (where m.role = 'PRESIDENT') as president_age
                            from registry_actor a
                            left join registry_member m on m.actor_id = a.party_id and m.left_on is null
                            where a.synthetic
                            group by a.party_id) counts) c
                        where a.party_id = c.party_id
                          and (a.women_led, a.youth_led) is distinct from (c.women_led, c.youth_led)""")
                .param("womenShare", rules.womenShare())
                .param("youthShare", rules.youthShare())
                .param("youthFrom", rules.youthFrom())
                .param("youthTo", rules.youthTo())
                .param("year", year)
                .update();
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
