package ma.tadamon.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's SQL, shaped for a national registry (60,000 actors; see bench/registry):
 *
 * <ul>
 *   <li>every filter is a condition on {@code registry_actor} alone, so the total is counted
 *       without joins (by an index-only scan where one fits), and a page is chosen there too: the
 *       party's names and the commune are joined for its twenty rows only;
 *   <li>a territory is turned into its communes first (one query), which gives the planner exact
 *       row estimates instead of the flattened hierarchy view's guesses;
 *   <li>with no filter at all, the total is the one kept by triggers ({@code registry_actor_total});
 *   <li>without text, results come in name order ({@code registry_actor.sort_name}), which its
 *       index gives directly: the first page reads twenty rows, not the whole register;
 *   <li>with text, each match is scored once (a name that holds the query as whole words scores 1
 *       without computing the similarity) and the total comes from the same scan.
 * </ul>
 *
 * Text matches every typed word as the start of a word of the names (the article and one-letter
 * proclitics of Arabic aside, V14), best rank first; when no name matches so, the whole text as a
 * substring or a close spelling ({@code <%}), most similar first; then by name.
 */
class DirectorySearch {

    /** The page's rows: filtered, ordered and cut in {@code a}, then joined for their names and commune. */
    private static final String PAGE = """
            select a.party_id, a.type, p.name_ar, p.name_fr, p.name_en, a.value_chain_code, a.commune_id,
                   c.code as commune_code, c.name_ar as commune_ar,
                   c.name_fr as commune_fr, a.status, a.women_led, a.youth_led,
                   coalesce(a.latitude, c.latitude) as lat, coalesce(a.longitude, c.longitude) as lon%s
            from (%s) a
            join party_party p on p.id = a.party_id
            join geo_territory c on c.id = a.commune_id
            order by %s""";

    private static final String ACTOR_COLUMNS = "a.party_id, a.type, a.value_chain_code, a.commune_id, a.status,"
            + " a.women_led, a.youth_led, a.latitude, a.longitude, a.sort_name";

    static final RowMapper<ActorSummary> SUMMARIES = (rs, row) -> new ActorSummary(
            rs.getObject("party_id", UUID.class),
            ActorType.valueOf(rs.getString("type")),
            new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
            rs.getString("value_chain_code"),
            rs.getLong("commune_id"),
            rs.getString("commune_code"),
            new LocalizedText(rs.getString("commune_ar"), rs.getString("commune_fr"), null),
            ActorStatus.valueOf(rs.getString("status")),
            rs.getBoolean("women_led"),
            rs.getBoolean("youth_led"),
            rs.getBigDecimal("lat"),
            rs.getBigDecimal("lon"));

    private final JdbcClient jdbc;
    private final Territories territories;
    private final java.util.function.Function<String, java.util.Set<UUID>> tagged;

    DirectorySearch(
            JdbcClient jdbc, Territories territories, java.util.function.Function<String, java.util.Set<UUID>> tagged) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.tagged = tagged;
    }

    PageResult<ActorSummary> search(DirectoryQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (query.territory() != null && !query.territory().isBlank()) {
            where.append(" and a.commune_id = any(?)");
            params.add(communesWithin(query.territory()));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" and a.party_id = any(?)");
            params.add(tagged.apply(query.tag()).toArray(UUID[]::new));
        }
        if (query.type() != null) {
            where.append(" and a.type = ?");
            params.add(query.type().name());
        }
        if (query.valueChain() != null && !query.valueChain().isBlank()) {
            where.append(" and a.value_chain_code = ?");
            params.add(query.valueChain());
        }
        if (query.sector() != null && !query.sector().isBlank()) {
            where.append(" and a.value_chain_code in (select code from registry_value_chain where sector_code = ?)");
            params.add(query.sector());
        }
        if (query.womenLed() != null) {
            where.append(" and a.women_led = ?");
            params.add(query.womenLed());
        }
        if (query.youthLed() != null) {
            where.append(" and a.youth_led = ?");
            params.add(query.youthLed());
        }
        String text = query.text() == null ? "" : SearchText.normalize(query.text());
        long offset = (long) query.page() * query.size();
        if (text.isEmpty()) {
            long total = params.isEmpty() ? allActors() : count(where, params);
            String inner = "select " + ACTOR_COLUMNS + " from registry_actor a" + where
                    + " order by a.sort_name, a.party_id limit ? offset ?";
            List<ActorSummary> items = total <= offset
                    ? List.of()
                    : page(PAGE.formatted("", inner, "a.sort_name, a.party_id"), params, query.size(), offset, null);
            return new PageResult<>(items, query.page(), query.size(), total);
        }
        // First by words (each typed word as the start of a word of the names, through the GIN index);
        // only when that finds nothing, by substring or close spelling (a typo, a word cut differently).
        String words = wordsQuery(text);
        PageResult<ActorSummary> byWords = scoredPage(
                query,
                where,
                params,
                offset,
                text,
                "a.search_words @@ to_tsquery('simple', ?)",
                List.of(words),
                "ts_rank(a.search_words, to_tsquery('simple', ?))",
                words);
        if (byWords.totalItems() > 0) {
            return byWords;
        }
        return scoredPage(
                query,
                where,
                params,
                offset,
                text,
                "(a.search_text like ? or ? <% a.search_text)",
                List.of("%" + escape(text) + "%", text),
                "word_similarity(?, a.search_text)",
                text);
    }

    /** One word-prefix term per typed word, all required: "نحل تاونات" gives "نحل:* & تاونات:*". */
    static String wordsQuery(String normalizedText) {
        return java.util.Arrays.stream(normalizedText.split(" "))
                .filter(w -> !w.isBlank())
                .map(w -> w + ":*")
                .collect(java.util.stream.Collectors.joining(" & "));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * A page of text matches, most relevant first: names holding the typed text as whole words score
     * 1, the others the given score; then by name. The total comes from the same scan.
     */
    private PageResult<ActorSummary> scoredPage(
            DirectoryQuery query,
            StringBuilder filters,
            List<Object> params,
            long offset,
            String text,
            String match,
            List<Object> matchParams,
            String score,
            Object scoreParam) {
        StringBuilder where = new StringBuilder(filters).append(" and ").append(match);
        List<Object> whereParams = new ArrayList<>(params);
        whereParams.addAll(matchParams);
        List<Object> scored = new ArrayList<>(List.of("% " + escape(text) + " %", scoreParam));
        scored.addAll(whereParams);
        String inner = "select " + ACTOR_COLUMNS + ", count(*) over () as total,"
                + " case when ' ' || a.search_text || ' ' like ? then 1::real else " + score + " end as score"
                + " from registry_actor a" + where
                + " order by score desc, a.sort_name, a.party_id limit ? offset ?";
        long[] total = {-1};
        List<ActorSummary> items = page(
                PAGE.formatted(", a.total", inner, "a.score desc, a.sort_name, a.party_id"),
                scored,
                query.size(),
                offset,
                total);
        if (total[0] < 0) { // no row on this page: count apart, unless there is nothing at all
            total[0] = offset == 0 ? 0 : count(where, whereParams);
        }
        return new PageResult<>(items, query.page(), query.size(), total[0]);
    }

    /**
     * The communes of the territory with this official code (itself, if it is a commune), in one
     * query; resolved before the search so that the planner knows how many there are.
     */
    private Long[] communesWithin(String territory) {
        return jdbc.sql("""
                        select array(select c.id from geo_territory c
                                     left join geo_territory p on p.id = c.parent_id
                                     left join geo_territory r on r.id = p.parent_id
                                     where c.level = 'COMMUNE' and t.id in (c.id, c.parent_id, p.parent_id, r.parent_id))
                        from geo_territory t where t.map_version = ? and t.code = ?""")
                .params(territories.mapVersion(), territory.trim())
                .query((rs, row) -> (Long[]) rs.getArray(1).getArray())
                .optional()
                .orElseThrow(() -> new NotFoundException("territory.notFound", territory));
    }

    /** Every actor: the total the triggers of registry_actor keep (V9), not a count of the table. */
    private long allActors() {
        return jdbc.sql("select actors from registry_actor_total")
                .query(Long.class)
                .single();
    }

    private long count(CharSequence where, List<Object> params) {
        return jdbc.sql("select count(*) from registry_actor a" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private List<ActorSummary> page(String sql, List<Object> params, int size, long offset, long @Nullable [] total) {
        List<Object> all = new ArrayList<>(params);
        all.add(size);
        all.add(offset);
        return jdbc.sql(sql)
                .params(all)
                .query((rs, row) -> {
                    if (total != null) {
                        total[0] = rs.getLong("total");
                    }
                    return SUMMARIES.mapRow(rs, row);
                })
                .list();
    }
}
