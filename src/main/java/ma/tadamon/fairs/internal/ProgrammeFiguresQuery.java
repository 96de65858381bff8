package ma.tadamon.fairs.internal;

import java.util.UUID;
import ma.tadamon.fairs.ProgrammeFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's figures for the live page and closing report: sessions held (confirmed, not
 * drafts nor cancelled), of which trainings and workshops, and their registrations, attendances
 * and certificates.
 */
@Component
class ProgrammeFiguresQuery implements ProgrammeFigures {

    private final JdbcClient jdbc;

    ProgrammeFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(UUID editionId) {
        return jdbc.sql("""
                        select
                          (select count(*) from fairs_session s where s.edition_id = :edition
                             and s.status = 'CONFIRMED'),
                          (select count(*) from fairs_session s where s.edition_id = :edition
                             and s.status = 'CONFIRMED' and s.kind in ('TRAINING', 'WORKSHOP')),
                          count(r.id),
                          count(r.attended_at),
                          count(r.certificate_no)
                        from fairs_registration r
                        join fairs_session s on s.id = r.session_id
                        where s.edition_id = :edition and s.status = 'CONFIRMED'""")
                .param("edition", editionId)
                .query((rs, n) -> new Figures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }
}
