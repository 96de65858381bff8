package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each edition's scoring grid, as data: criteria with a weight and a maximum of points, copied
 * from the default grid the first time the edition is scored. An application's score is the
 * weighted share of the points it got, out of 100 (a criterion not scored yet counts 0).
 */
@Service
@Transactional
public class ScoreGrid {

    /** The default grid: what an SSE fair's jury usually weighs. */
    static final List<ScoreCriterion> DEFAULT = List.of(
            criterion(
                    "QUALITY",
                    "جودة المنتوجات وتقديمها",
                    "Qualité et présentation des produits",
                    "Product quality and presentation",
                    3),
            criterion("LABELS", "العلامات والشهادات", "Labels et certifications", "Labels and certifications", 2),
            criterion("INNOVATION", "الابتكار والأصالة", "Innovation et originalité", "Innovation and originality", 2),
            criterion("FIRST_TIME", "أول مشاركة في المعرض", "Première participation", "First participation", 1),
            criterion(
                    "EMPLOYMENT",
                    "تشغيل النساء والشباب",
                    "Emploi des femmes et des jeunes",
                    "Women and youth employment",
                    2));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ScoreGrid(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The edition's criteria, the default grid copied in when it has none yet. */
    public List<ScoreCriterion> criteria(UUID editionId) {
        List<ScoreCriterion> criteria = read(editionId);
        if (!criteria.isEmpty()) {
            return criteria;
        }
        int order = 0;
        for (ScoreCriterion c : DEFAULT) {
            jdbc.sql("""
                            insert into fairs_score_criterion (edition_id, code, name_ar, name_fr, name_en, weight,
                              max_points, sort_order)
                            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            editionId,
                            c.code(),
                            c.name().ar(),
                            c.name().fr(),
                            c.name().en(),
                            c.weight(),
                            c.maxPoints(),
                            order += 10)
                    .update();
        }
        return read(editionId);
    }

    /** Changes a criterion's weight and maximum; every score of the edition is counted again. */
    public void updateCriterion(UUID editionId, String code, BigDecimal weight, int maxPoints) {
        if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRequestException("weight", "fairs.score.weight");
        }
        if (maxPoints < 1 || maxPoints > 100) {
            throw new InvalidRequestException("maxPoints", "fairs.score.max");
        }
        criteria(editionId);
        int changed = jdbc.sql(
                        "update fairs_score_criterion set weight = ?, max_points = ? where edition_id = ? and code = ?")
                .params(weight, maxPoints, editionId, code)
                .update();
        if (changed == 0) {
            throw new NotFoundException("fairs.score.criterion");
        }
        audit.record(
                "SCORE_GRID", "edition", editionId, null, Map.of("code", code, "weight", weight, "max", maxPoints));
        List<UUID> scored = jdbc.sql("select id from fairs_application where edition_id = ? and scores <> '{}'")
                .param(editionId)
                .query(UUID.class)
                .list();
        scored.forEach(id -> recompute(editionId, id));
    }

    /** Gives an application points on one criterion and stores its new weighted total. */
    public BigDecimal score(UUID applicationId, String code, int points) {
        UUID editionId = jdbc.sql("select edition_id from fairs_application where id = ?")
                .param(applicationId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("fairs.application.notFound"));
        ScoreCriterion criterion = criteria(editionId).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fairs.score.criterion"));
        if (points < 0 || points > criterion.maxPoints()) {
            throw new InvalidRequestException("points", "fairs.score.points", criterion.maxPoints());
        }
        jdbc.sql("update fairs_application set scores = scores || jsonb_build_object(cast(? as text), ?) where id = ?")
                .params(code, points, applicationId)
                .update();
        BigDecimal total = recompute(editionId, applicationId);
        audit.record("SCORE", "application", applicationId, null, Map.of(code, points, "total", total));
        return total;
    }

    private BigDecimal recompute(UUID editionId, UUID applicationId) {
        BigDecimal total =
                jdbc.sql("""
                        select round(100 * sum(c.weight * least(coalesce((a.scores ->> c.code)::int, 0), c.max_points)
                                               / c.max_points) / sum(c.weight), 2)
                        from fairs_application a join fairs_score_criterion c on c.edition_id = a.edition_id
                        where a.id = ?""").param(applicationId).query(BigDecimal.class).single();
        jdbc.sql("update fairs_application set score = ? where id = ? and edition_id = ?")
                .params(total, applicationId, editionId)
                .update();
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private List<ScoreCriterion> read(UUID editionId) {
        return jdbc.sql("""
                        select code, name_ar, name_fr, name_en, weight, max_points from fairs_score_criterion
                        where edition_id = ? order by sort_order, code""")
                .param(editionId)
                .query((rs, n) -> new ScoreCriterion(
                        rs.getString(1),
                        new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getBigDecimal(5),
                        rs.getInt(6)))
                .list();
    }

    private static ScoreCriterion criterion(String code, String ar, String fr, String en, int weight) {
        return new ScoreCriterion(code, new LocalizedText(ar, fr, en), BigDecimal.valueOf(weight), 5);
    }
}
