package ma.tadamon.fairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who stands where at an edition, for the pages of other parts (an exhibitor's own fairs page,
 * the stall app). Drawing and editing the plan stay inside the module.
 */
@Service
@Transactional(readOnly = true)
public class FloorPlans {

    private static final String SELECT = """
            select se.edition_id, se.actor_id, s.code, z.kind, z.name_ar, z.name_fr, z.name_en, s.w, s.h,
              s.electricity, s.water
            from fairs_stand_exhibitor se
            join fairs_stand s on s.id = se.stand_id
            join fairs_exhibitor e on e.edition_id = se.edition_id and e.actor_id = se.actor_id
              and e.withdrawn_at is null
            left join fairs_zone z on z.id = s.zone_id""";

    private final JdbcClient jdbc;

    FloorPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The exhibitor's stand at the edition, if it has been given one. */
    public Optional<ExhibitorStand> standOf(UUID editionId, UUID actorId) {
        return jdbc.sql(SELECT + " where se.edition_id = ? and se.actor_id = ?")
                .params(editionId, actorId)
                .query(FloorPlans::stand)
                .optional();
    }

    /** Every exhibitor's stand at the edition, by stand code. */
    public List<ExhibitorStand> standsOf(UUID editionId) {
        return jdbc.sql(SELECT + " where se.edition_id = ? order by s.code")
                .param(editionId)
                .query(FloorPlans::stand)
                .list();
    }

    private static ExhibitorStand stand(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("kind");
        return new ExhibitorStand(
                rs.getObject("edition_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("code"),
                kind,
                kind == null
                        ? null
                        : new LocalizedText(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_en")),
                rs.getBigDecimal("w").stripTrailingZeros(),
                rs.getBigDecimal("h").stripTrailingZeros(),
                rs.getBoolean("electricity"),
                rs.getBoolean("water"));
    }
}
