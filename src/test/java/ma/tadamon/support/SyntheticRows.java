package ma.tadamon.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Removes every synthetic row, children first, so a test can generate afresh and leave nothing behind. */
public final class SyntheticRows {

    private SyntheticRows() {}

    public static void wipe(JdbcClient jdbc) {
        jdbc.sql("delete from registry_member where synthetic").update();
        jdbc.sql("delete from registry_actor where synthetic").update();
        jdbc.sql("delete from party_party where synthetic").update();
    }
}
