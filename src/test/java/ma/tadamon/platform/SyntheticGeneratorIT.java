package ma.tadamon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tadamon.platform.demo.SyntheticGenerator;
import ma.tadamon.support.IntegrationTest;
import ma.tadamon.support.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SyntheticGeneratorIT {

    @Autowired
    SyntheticGenerator generator;

    @Autowired
    JdbcClient jdbc;

    String fingerprint() {
        return jdbc.sql("""
                        select count(*) || ':' || coalesce(md5(string_agg(id::text || kind || name_fr || territory_id || created_at::text, '|'
                          order by id)), '') from party_party where synthetic""").query(String.class).single();
    }

    @Test
    void theSameSeedAlwaysGivesTheSameData() {
        SyntheticRows.wipe(jdbc);
        generator.generate(7, 300);
        String first = fingerprint();
        assertThat(first).startsWith("300:");

        SyntheticRows.wipe(jdbc);
        generator.generate(7, 300);
        assertThat(fingerprint()).isEqualTo(first);

        generator.generate(7, 300); // a second run adds nothing
        assertThat(fingerprint()).isEqualTo(first);

        SyntheticRows.wipe(jdbc);
        generator.generate(8, 300);
        assertThat(fingerprint()).isNotEqualTo(first);
        SyntheticRows.wipe(jdbc);
    }

    @Test
    void syntheticOrganisationsStayOutOfPublicLists() {
        long real = jdbc.sql("select count(*) from party_party where not synthetic")
                .query(Long.class)
                .single();
        generator.generate(11, 50);
        assertThat(jdbc.sql("select count(*) from party_party where synthetic")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(50);
        assertThat(jdbc.sql("select count(*) from party_party where not synthetic")
                        .query(Long.class)
                        .single())
                .isEqualTo(real);
        SyntheticRows.wipe(jdbc);
    }
}
