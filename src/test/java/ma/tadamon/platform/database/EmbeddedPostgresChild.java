package ma.tadamon.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A stand-in for the application in another JVM: starts the embedded server on a directory, counts
 * one more start in a table, prints READY with the count, then waits for "stop" on stdin.
 */
public final class EmbeddedPostgresChild {

    public static void main(String[] args) throws Exception {
        String url = EmbeddedPostgresServer.acquire(Path.of(args[0]), false, "tadamon");
        int starts;
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists starts (at timestamptz not null default now())");
            statement.execute("insert into starts default values");
            try (var rows = statement.executeQuery("select count(*) from starts")) {
                rows.next();
                starts = rows.getInt(1);
            }
        }
        System.out.println("READY " + starts);
        System.out.flush();
        var in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null && !line.equals("stop")) {
            // wait
        }
        EmbeddedPostgresServer.release();
        System.out.println("STOPPED");
        System.out.flush();
    }
}
