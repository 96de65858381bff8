package ma.tadamon.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.tadamon.geo.Territories;
import ma.tadamon.geo.Territory;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.PageResult;
import ma.tadamon.platform.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue: active products of active actors, searched and filtered. The maker's name
 * and commune are read with the page (the registry's public record), so that a page is one query.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    /** A credential shown to the public: verified and valid today. */
    static final String SHOWN = "c.status = 'VERIFIED' and c.valid_from <= current_date"
            + " and (c.valid_to is null or c.valid_to >= current_date)";

    private final JdbcClient jdbc;
    private final Territories territories;

    Catalogue(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    public PageResult<ProductCard> search(CatalogQuery query) {
        StringBuilder where = new StringBuilder(" where p.status = 'ACTIVE' and a.status = 'ACTIVE'");
        List<Object> params = new ArrayList<>();
        String text = query.text() == null ? "" : SearchText.normalize(query.text());
        if (!text.isEmpty()) {
            for (String word : text.split(" ")) {
                where.append(" and p.search_text like ?");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (query.valueChain() != null && !query.valueChain().isBlank()) {
            where.append(" and p.value_chain_code = ?");
            params.add(query.valueChain());
        }
        if (query.territory() != null && !query.territory().isBlank()) {
            Territory territory = territories
                    .byCode(query.territory().trim())
                    .orElseThrow(() -> new NotFoundException("territory.notFound", query.territory()));
            where.append(" and a.commune_id = any(?)");
            params.add(territories.communesWithin(territory.id()).stream()
                    .map(Territory::id)
                    .toArray(Long[]::new));
        }
        if (query.label() != null && !query.label().isBlank()) {
            where.append(" and exists (select 1 from catalog_credential c where c.label_type_code = ? and " + SHOWN
                    + " and c.actor_id = p.actor_id and (c.product_id is null or c.product_id = p.id))");
            params.add(query.label());
        }
        String from = " from catalog_product p join registry_actor a on a.party_id = p.actor_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<ProductCard> items = jdbc.sql("""
                        select p.id, p.code, p.name_ar, p.name_fr, p.name_en, p.value_chain_code, p.actor_id,
                               o.name_ar as o_ar, o.name_fr as o_fr, o.name_en as o_en,
                               t.name_ar as t_ar, t.name_fr as t_fr,
                               (select min(v.price) from catalog_variant v
                                 where v.product_id = p.id and v.status = 'ACTIVE') as price_from,
                               (select m.id from catalog_product_media m where m.product_id = p.id
                                 order by m.sort_order limit 1) as photo_id""" + from + " " + """
                         join party_party o on o.id = p.actor_id
                         join geo_territory t on t.id = a.commune_id""" + where
                        + " order by coalesce(p.name_fr, p.name_ar), p.id limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new ProductCard(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                        rs.getString("value_chain_code"),
                        rs.getObject("actor_id", UUID.class),
                        new LocalizedText(rs.getString("o_ar"), rs.getString("o_fr"), rs.getString("o_en")),
                        new LocalizedText(rs.getString("t_ar"), rs.getString("t_fr"), null),
                        rs.getBigDecimal("price_from"),
                        rs.getObject("photo_id", UUID.class)))
                .list();
        return new PageResult<>(items, query.page(), query.size(), total);
    }
}
