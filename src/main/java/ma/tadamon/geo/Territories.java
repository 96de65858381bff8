package ma.tadamon.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Territory lookups and hierarchy queries over the current version of the map. */
@Service
@Transactional(readOnly = true)
public class Territories {

    static final RowMapper<Territory> ROWS = (rs, row) -> new Territory(
            rs.getLong("id"),
            rs.getString("map_version"),
            rs.getString("code"),
            TerritoryLevel.valueOf(rs.getString("level")),
            rs.getString("kind"),
            (Long) rs.getObject("parent_id"),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            rs.getBigDecimal("latitude"),
            rs.getBigDecimal("longitude"));

    private final JdbcClient jdbc;
    private final String mapVersion;

    Territories(JdbcClient jdbc, @Value("${tadamon.geo.map-version:2015}") String mapVersion) {
        this.jdbc = jdbc;
        this.mapVersion = mapVersion;
    }

    public String mapVersion() {
        return mapVersion;
    }

    public Optional<Territory> byCode(String code) {
        return jdbc.sql("select * from geo_territory where map_version = ? and code = ?")
                .params(mapVersion, code)
                .query(ROWS)
                .optional();
    }

    public Optional<Territory> byId(long id) {
        return jdbc.sql("select * from geo_territory where id = ?")
                .param(id)
                .query(ROWS)
                .optional();
    }

    public Territory country() {
        return jdbc.sql("select * from geo_territory where map_version = ? and level = 'COUNTRY'")
                .param(mapVersion)
                .query(ROWS)
                .single();
    }

    public List<Territory> regions() {
        return atLevel(TerritoryLevel.REGION);
    }

    public List<Territory> atLevel(TerritoryLevel level) {
        return jdbc.sql("select * from geo_territory where map_version = ? and level = ? order by code")
                .params(mapVersion, level.name())
                .query(ROWS)
                .list();
    }

    public long count(TerritoryLevel level) {
        return jdbc.sql("select count(*) from geo_territory where map_version = ? and level = ?")
                .params(mapVersion, level.name())
                .query(Long.class)
                .single();
    }

    public List<Territory> children(long id) {
        return jdbc.sql("select * from geo_territory where parent_id = ? order by code")
                .param(id)
                .query(ROWS)
                .list();
    }

    /** The territory's ancestors from the country down, excluding itself. */
    public List<Territory> ancestors(long id) {
        List<Territory> chain = new ArrayList<>();
        Optional<Territory> current =
                byId(id).flatMap(t -> t.parentId() == null ? Optional.empty() : byId(t.parentId()));
        while (current.isPresent()) {
            chain.add(current.get());
            Long parent = current.get().parentId();
            current = parent == null ? Optional.empty() : byId(parent);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Every commune within a territory (itself, if it is a commune), by one join on the flat path. */
    public List<Territory> communesWithin(long id) {
        return jdbc.sql("""
                        select t.* from geo_territory_path p join geo_territory t on t.id = p.commune_id
                        where p.level = 'COMMUNE' and ? in (p.country_id, p.region_id, p.province_id, p.commune_id)
                        order by t.code""").param(id).query(ROWS).list();
    }

    /** The territory at the given level that contains this one (itself when at that level). */
    public Optional<Territory> containing(long id, TerritoryLevel level) {
        String column = switch (level) {
            case COUNTRY -> "country_id";
            case REGION -> "region_id";
            case PROVINCE -> "province_id";
            case COMMUNE -> "commune_id";
        };
        return jdbc.sql("select t.* from geo_territory_path p join geo_territory t on t.id = p." + column
                        + " where p.territory_id = ?")
                .param(id)
                .query(ROWS)
                .optional();
    }

    /** Whether a territory is the given one or lies within it (one lookup on the flat path). */
    public boolean isWithin(long territoryId, long ancestorId) {
        return jdbc.sql("""
                        select count(*) from geo_territory_path
                        where territory_id = ? and ? in (country_id, region_id, province_id, commune_id)""").params(territoryId, ancestorId).query(Long.class).single() > 0;
    }

    /** Territories whose name or code matches, optionally at one level and under one parent. */
    public PageResult<Territory> search(
            @Nullable TerritoryLevel level, @Nullable Long parentId, @Nullable String text, int page, int size) {
        StringBuilder where = new StringBuilder(" where map_version = ?");
        List<Object> params = new ArrayList<>(List.of(mapVersion));
        if (level != null) {
            where.append(" and level = ?");
            params.add(level.name());
        }
        if (parentId != null) {
            where.append(" and parent_id = ?");
            params.add(parentId);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (code like ? or name_ar ilike ? or name_fr ilike ? or name_en ilike ?)");
            String like = "%" + text.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(text.trim() + "%");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("select count(*) from geo_territory" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Territory> items = jdbc.sql("select * from geo_territory" + where + " order by code limit ? offset ?")
                .params(pageParams)
                .query(ROWS)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Official codes of the given territories, by id, in one query. */
    public java.util.Map<Long, String> codesOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, code from geo_territory where id = any(?)")
                    .param(ids.toArray(Long[]::new))
                    .query(rs -> {
                        codes.put(rs.getLong("id"), rs.getString("code"));
                    });
        }
        return codes;
    }

    /** For each child of a territory, how many communes the platform knows beneath it. */
    public List<TerritoryCount> communeCountsByChild(long id) {
        return jdbc.sql("""
                        select c.*, count(p.commune_id) as communes
                        from geo_territory c
                        left join geo_territory_path p on p.commune_id is not null
                          and c.id in (p.region_id, p.province_id, p.commune_id)
                        where c.parent_id = ?
                        group by c.id order by c.code""")
                .param(id)
                .query((rs, row) -> new TerritoryCount(ROWS.mapRow(rs, row), rs.getLong("communes")))
                .list();
    }

    public record TerritoryCount(Territory territory, long count) {}
}
