package ma.tadamon.party.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.geo.TerritoryLevel;
import ma.tadamon.platform.demo.SyntheticContext;
import ma.tadamon.platform.demo.SyntheticDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code scale} synthetic organisations spread over the known communes, with reproducible ids and
 * names. Later modules attach their own synthetic records (actors, members, sales) to these.
 */
@Component
class PartySyntheticData implements SyntheticDataset {

    /** Nearly all are SSE actors, as in the registry they feed; the rest are their partners. */
    static final int SSE_ACTOR_PERCENT = 98;

    static final String[] OTHER_KINDS = {"ASSOCIATION", "NETWORK", "COMPANY"};
    private static final String[] AR = {
        "الأمل", "النور", "الخير", "تيفاوين", "أركان", "الواحة", "الأطلس", "الفجر", "تودرت", "الزيتونة",
        "البركة", "الوحدة", "الإخلاص", "الصفاء", "تامونت", "النجاح", "الرحمة", "تيغرمت", "السلام", "أمنار"
    };
    private static final String[] FR = {
        "Al Amal",
        "Annour",
        "Al Khair",
        "Tifawin",
        "Argane",
        "Al Waha",
        "Atlas",
        "Al Fajr",
        "Toudert",
        "Zitouna",
        "Al Baraka",
        "Al Wahda",
        "Al Ikhlas",
        "Assafae",
        "Tamount",
        "Annajah",
        "Arrahma",
        "Tighremt",
        "Assalam",
        "Amnar"
    };
    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final Territories territories;

    PartySyntheticData(JdbcTemplate jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "party";
    }

    @Override
    @Transactional
    public void generate(SyntheticContext context) {
        SplittableRandom random = context.random(name());
        List<Territory> communes = territories.atLevel(TerritoryLevel.COMMUNE);
        List<Object[]> rows = new ArrayList<>(context.scale());
        for (int i = 0; i < context.scale(); i++) {
            UUID id = SyntheticContext.uuid(random);
            String kind = random.nextInt(100) < SSE_ACTOR_PERCENT
                    ? "SSE_ACTOR"
                    : OTHER_KINDS[random.nextInt(OTHER_KINDS.length)];
            int word = random.nextInt(AR.length);
            Territory commune = communes.get(random.nextInt(communes.size()));
            Instant created = EPOCH.plusSeconds(random.nextLong(5L * 365 * 24 * 3600));
            rows.add(new Object[] {
                id,
                kind,
                "تعاونية " + AR[word] + " " + (i + 1),
                "Coopérative " + FR[word] + " " + (i + 1),
                commune.id(),
                Timestamp.from(created)
            });
        }
        jdbc.batchUpdate("""
                insert into party_party (id, kind, name_ar, name_fr, territory_id, synthetic, created_at)
                values (?, ?, ?, ?, ?, true, ?) on conflict (id) do nothing""", rows);
        jdbc.update("""
                insert into party_party_role (party_id, role)
                select id, 'SSE_ACTOR' from party_party where synthetic and kind = 'SSE_ACTOR'
                on conflict do nothing""");
    }
}
