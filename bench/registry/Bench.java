import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import ma.tadamon.platform.SearchText;

/**
 * Load client for the registry directory: the same searches over HTTP (JSON API and HTML page) and
 * as raw SQL over JDBC, at 1 and 16 concurrent clients, each client sending its next request as
 * soon as the previous one answered. Only talks to 127.0.0.1; every phase is bounded in time.
 *
 * <p>Run by bench/registry/run.sh: {@code java -cp target/classes:<postgresql.jar> Bench.java
 * HTTP_PORT PG_PORT OUT_DIR}. Phase lengths: BENCH_WARMUP and BENCH_SECONDS (seconds).
 *
 * <p>The SQL of {@link #sqlSearch} mirrors ma.tadamon.registry.DirectorySearch; before measuring,
 * every API query is checked to give the same total and the same first page by both routes.
 */
public class Bench {

    /** One directory search, as its query parameters. */
    record Search(
            String q, String territory, String valueChain, Boolean womenLed, Boolean youthLed, int page, boolean html) {

        String path() {
            StringJoiner params = new StringJoiner("&");
            add(params, "q", q);
            add(params, "territory", territory);
            add(params, "valueChain", valueChain);
            add(params, "womenLed", womenLed);
            add(params, "youthLed", youthLed);
            if (page > 0) {
                add(params, "page", page);
            }
            String base = html ? "/directory" : "/api/v1/actors";
            return params.length() == 0 ? base : base + "?" + params;
        }

        private static void add(StringJoiner params, String name, Object value) {
            if (value != null) {
                params.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
    }

    static Search api(String q, String territory, String valueChain, Boolean womenLed, Boolean youthLed, int page) {
        return new Search(q, territory, valueChain, womenLed, youthLed, page, false);
    }

    /** The query types, each a few variants taken in turn so that no single plan or row set is measured. */
    static Map<String, List<Search>> types() {
        Map<String, List<Search>> types = new LinkedHashMap<>();
        types.put(
                "all (no filter, pages 1-3)",
                List.of(api(null, null, null, null, null, 0), api(null, null, null, null, null, 1), api(null, null, null, null, null, 2)));
        types.put(
                "text ar (one name word)",
                List.of(
                        api("الأمل", null, null, null, null, 0),
                        api("تيفاوين", null, null, null, null, 0),
                        api("الواحة", null, null, null, null, 0),
                        api("البركه", null, null, null, null, 0),
                        api("إخلاص", null, null, null, null, 0)));
        types.put(
                "text fr (word, typo, number)",
                List.of(
                        api("Tifawin", null, null, null, null, 0),
                        api("zitouna", null, null, null, null, 0),
                        api("Al Amal", null, null, null, null, 0),
                        api("tifaouin", null, null, null, null, 0),
                        api("12345", null, null, null, null, 0)));
        types.put(
                "text + generic word",
                List.of(api("Coopérative Argane", null, null, null, null, 0), api("تعاونية الأمل", null, null, null, null, 0)));
        types.put(
                "region",
                List.of(
                        api(null, "09", null, null, null, 0),
                        api(null, "03", null, null, null, 0),
                        api(null, "10", null, null, null, 0),
                        api(null, "06", null, null, null, 0),
                        api(null, "01", null, null, null, 0)));
        types.put(
                "province",
                List.of(
                        api(null, "09.001", null, null, null, 0),
                        api(null, "03.531", null, null, null, 0),
                        api(null, "10.261", null, null, null, 0),
                        api(null, "12.066", null, null, null, 0)));
        types.put(
                "value chain",
                List.of(
                        api(null, null, "ARGAN", null, null, 0),
                        api(null, null, "HONEY", null, null, 0),
                        api(null, null, "SAFFRON", null, null, 0),
                        api(null, null, "WEAVING", null, null, 0)));
        types.put(
                "women-led / youth-led",
                List.of(api(null, null, null, true, null, 0), api(null, null, null, null, true, 0), api(null, null, null, true, null, 3)));
        types.put(
                "combined filters",
                List.of(
                        api(null, "09", "ARGAN", true, null, 0),
                        api(null, "03.531", "OLIVE_OIL", null, null, 0),
                        api("الأمل", "10", null, null, null, 0),
                        api("tifawin", null, "DAIRY", null, null, 0)));
        types.put(
                "html /directory",
                List.of(
                        new Search(null, null, null, null, null, 0, true),
                        new Search(null, "09", null, null, null, 0, true),
                        new Search("tifawin", null, null, null, null, 0, true),
                        new Search(null, "03.531", "OLIVE_OIL", true, null, 0, true)));
        return types;
    }

    /** A public directory's traffic: mostly browsing by place, some names typed, some pages. */
    static List<Search> mix(Map<String, List<Search>> types) {
        int[][] weights = {{0, 20}, {1, 10}, {2, 10}, {4, 15}, {5, 10}, {6, 10}, {7, 5}, {8, 5}, {9, 15}};
        List<String> names = new ArrayList<>(types.keySet());
        List<Search> mix = new ArrayList<>();
        for (int[] w : weights) {
            List<Search> variants = types.get(names.get(w[0]));
            for (int i = 0; i < w[1]; i++) {
                mix.add(variants.get(i % variants.size()));
            }
        }
        java.util.Collections.shuffle(mix, new java.util.Random(42));
        return mix;
    }

    // ---------------------------------------------------------------- measuring

    record Result(String mode, String type, int clients, long requests, long errors, double seconds, long[] nanos) {
        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }
    }

    interface Client extends AutoCloseable {
        /** Sends one search; false when the answer was an error. */
        boolean send(Search search) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface ClientFactory {
        Client open() throws Exception;
    }

    /** BENCH_HTTP_ONLY=1: no SQL phase and no check (e.g. to measure an older version of the app). */
    static final boolean HTTP_ONLY = System.getenv("BENCH_HTTP_ONLY") != null;

    static final int WARMUP = Integer.getInteger("warmup", envInt("BENCH_WARMUP", 2));
    static final int SECONDS = Integer.getInteger("seconds", envInt("BENCH_SECONDS", 8));

    static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static Result run(String mode, String type, int clients, List<Search> searches, ClientFactory factory, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        long[] window = new long[2];
        List<Future<long[]>> futures = new ArrayList<>();
        long[] errors = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                try (Client connection = factory.open()) {
                    long[] samples = new long[1 << 16];
                    int count = 0;
                    int next = client * 7;
                    ready.countDown();
                    ready.await();
                    synchronized (window) {
                        if (window[0] == 0) {
                            window[0] = System.nanoTime() + WARMUP * 1_000_000_000L;
                            window[1] = window[0] + seconds * 1_000_000_000L;
                        }
                    }
                    long measureFrom = window[0];
                    long end = window[1];
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= end) {
                            break;
                        }
                        boolean ok = connection.send(searches.get(next++ % searches.size()));
                        long took = System.nanoTime() - started;
                        if (started >= measureFrom) {
                            if (!ok) {
                                errors[client]++;
                            }
                            if (count == samples.length) {
                                samples = Arrays.copyOf(samples, count * 2);
                            }
                            samples[count++] = took;
                        }
                    }
                    return Arrays.copyOf(samples, count);
                }
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(mode, type, clients, nanos.length, Arrays.stream(errors).sum(), seconds, nanos);
    }

    // ---------------------------------------------------------------- HTTP

    static ClientFactory http(String base) {
        return () -> {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()) // a browser keeps its session cookie
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            return search -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + search.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Encoding", "gzip")
                        .header("Accept-Language", "ar")
                        .GET()
                        .build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200;
            };
        };
    }

    static String body(String base, Search search) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(URI.create(base + search.path()))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(search.path() + " answered " + response.statusCode());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- SQL (mirrors DirectorySearch)

    static final String PAGE = "select a.party_id, a.type, p.name_ar, p.name_fr, p.name_en, a.value_chain_code,"
            + " a.commune_id, c.code as commune_code, c.name_ar as commune_ar, c.name_fr as commune_fr, a.status, a.women_led, a.youth_led,"
            + " coalesce(a.latitude, c.latitude) as lat, coalesce(a.longitude, c.longitude) as lon%s"
            + " from (%s) a join party_party p on p.id = a.party_id join geo_territory c on c.id = a.commune_id"
            + " order by %s";
    static final String ACTOR_COLUMNS = "a.party_id, a.type, a.value_chain_code, a.commune_id, a.status,"
            + " a.women_led, a.youth_led, a.latitude, a.longitude, a.sort_name";

    /** The statements one search sends: what DirectorySearch builds, with the same parameters. */
    static final class SqlSearch {
        final List<String> sql = new ArrayList<>();
        final List<List<Object>> params = new ArrayList<>();
        String countSql;
        List<Object> countParams;
        String territory;
        boolean text;
        long offset;

        /** The same statements with the territory's communes in place of their placeholder. */
        SqlSearch withCommunes(Long[] ids) {
            SqlSearch copy = new SqlSearch();
            copy.sql.addAll(sql);
            params.forEach(list -> copy.params.add(replace(list, ids)));
            copy.countSql = countSql;
            copy.countParams = replace(countParams, ids);
            copy.text = text;
            copy.offset = offset;
            return copy;
        }

        private static List<Object> replace(List<Object> list, Long[] ids) {
            return list.stream().map(v -> v == COMMUNES ? (Object) ids : v).toList();
        }
    }

    static final Object COMMUNES = new Object();
    static final String COMMUNES_SQL = "select array(select c.id from geo_territory c"
            + " left join geo_territory p on p.id = c.parent_id left join geo_territory r on r.id = p.parent_id"
            + " where c.level = 'COMMUNE' and t.id in (c.id, c.parent_id, p.parent_id, r.parent_id))"
            + " from geo_territory t where t.map_version = ? and t.code = ?";

    static SqlSearch sqlSearch(Search search) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        SqlSearch statements = new SqlSearch();
        if (search.territory() != null) {
            where.append(" and a.commune_id = any(?)");
            params.add(COMMUNES); // resolved by each execution, as DirectorySearch does
            statements.territory = search.territory();
        }
        if (search.valueChain() != null) {
            where.append(" and a.value_chain_code = ?");
            params.add(search.valueChain());
        }
        if (search.womenLed() != null) {
            where.append(" and a.women_led = ?");
            params.add(search.womenLed());
        }
        if (search.youthLed() != null) {
            where.append(" and a.youth_led = ?");
            params.add(search.youthLed());
        }
        statements.offset = (long) search.page() * 20;
        String text = search.q() == null ? "" : SearchText.normalize(search.q());
        if (text.isEmpty()) {
            statements.countSql = params.isEmpty()
                    ? "select actors from registry_actor_total"
                    : "select count(*) from registry_actor a" + where;
            statements.countParams = params;
            List<Object> page = new ArrayList<>(params);
            page.add(20);
            page.add(statements.offset);
            String inner = "select " + ACTOR_COLUMNS + " from registry_actor a" + where
                    + " order by a.sort_name, a.party_id limit ? offset ?";
            statements.sql.add(PAGE.formatted("", inner, "a.sort_name, a.party_id"));
            statements.params.add(page);
        } else {
            statements.text = true;
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            // the word-prefix route of DirectorySearch (V14); the bench's queries all match by words,
            // so its close-spelling fallback is not mirrored
            String words = java.util.Arrays.stream(text.split(" ")).filter(w -> !w.isBlank()).map(w -> w + ":*")
                    .collect(java.util.stream.Collectors.joining(" & "));
            where.append(" and a.search_words @@ to_tsquery('simple', ?)");
            params.add(words);
            statements.countSql = "select count(*) from registry_actor a" + where;
            statements.countParams = params;
            List<Object> page = new ArrayList<>(List.of("% " + escaped + " %", words));
            page.addAll(params);
            page.add(20);
            page.add(statements.offset);
            String inner = "select " + ACTOR_COLUMNS + ", count(*) over () as total,"
                    + " case when ' ' || a.search_text || ' ' like ? then 1::real"
                    + " else ts_rank(a.search_words, to_tsquery('simple', ?)) end as score"
                    + " from registry_actor a" + where
                    + " order by score desc, a.sort_name, a.party_id limit ? offset ?";
            statements.sql.add(PAGE.formatted(", a.total", inner, "a.score desc, a.sort_name, a.party_id"));
            statements.params.add(page);
        }
        return statements;
    }

    /** Runs one search's statements as DirectorySearch does; returns [total, ids of the page...]. */
    static List<String> execute(Connection connection, SqlSearch search, Map<String, PreparedStatement> prepared)
            throws SQLException {
        List<String> out = new ArrayList<>();
        long total = -1;
        search = resolve(connection, prepared, search);
        if (!search.text) {
            total = longOf(query(connection, prepared, search.countSql, search.countParams));
            out.add(Long.toString(total));
            if (total <= search.offset) {
                return out;
            }
        }
        List<Map<String, Object>> rows = query(connection, prepared, search.sql.get(0), search.params.get(0));
        if (search.text) {
            total = rows.isEmpty() ? (search.offset == 0 ? 0 : longOf(query(connection, prepared, search.countSql, search.countParams))) : ((Number) rows.get(0).get("total")).longValue();
            out.add(Long.toString(total));
        }
        for (Map<String, Object> row : rows) {
            out.add(row.get("party_id").toString());
        }
        return out;
    }

    /** The territory's communes looked up, as DirectorySearch does before searching. */
    static SqlSearch resolve(Connection connection, Map<String, PreparedStatement> prepared, SqlSearch search)
            throws SQLException {
        if (search.territory == null) {
            return search;
        }
        Object communes = query(connection, prepared, COMMUNES_SQL, List.of("2015", search.territory))
                .get(0).values().iterator().next();
        return search.withCommunes((Long[]) ((Array) communes).getArray());
    }

    static long longOf(List<Map<String, Object>> rows) {
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    static List<Map<String, Object>> query(
            Connection connection, Map<String, PreparedStatement> prepared, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof Long[] ids) {
                Array array = connection.createArrayOf("bigint", ids);
                statement.setArray(i + 1, array);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static ClientFactory sql(String url) {
        return () -> {
            Connection connection = DriverManager.getConnection(url, "postgres", "");
            connection.setReadOnly(true);
            Map<String, PreparedStatement> prepared = new HashMap<>();
            Map<Search, SqlSearch> built = new HashMap<>();
            return new Client() {
                @Override
                public boolean send(Search search) throws Exception {
                    SqlSearch statements = built.get(search);
                    if (statements == null) {
                        statements = sqlSearch(search);
                        built.put(search, statements);
                    }
                    execute(connection, statements, prepared);
                    return true;
                }

                @Override
                public void close() throws Exception {
                    connection.close();
                }
            };
        };
    }

    // ---------------------------------------------------------------- main

    static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");
    static final Pattern ID = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + Integer.parseInt(args[0]);
        String url = "jdbc:postgresql://127.0.0.1:" + Integer.parseInt(args[1]) + "/tadamon";
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Map<String, List<Search>> types = types();
        String only = System.getenv().getOrDefault("BENCH_ONLY", ""); // e.g. "html" while profiling
        if (!only.isBlank()) {
            types.keySet().removeIf(name -> !name.contains(only));
        }
        int[] concurrency = Arrays.stream(System.getenv().getOrDefault("BENCH_CLIENTS", "1,16").split(","))
                .mapToInt(c -> Integer.parseInt(c.trim()))
                .toArray();

        // 1. Same answers by both routes, so the SQL timings are those of the same queries.
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            Map<String, PreparedStatement> prepared = new HashMap<>();
            StringBuilder plans = new StringBuilder();
            for (var type : types.entrySet()) {
                for (Search search : type.getValue()) {
                    if (search.html() || HTTP_ONLY || System.getenv("BENCH_SKIP_CHECK") != null) {
                        continue;
                    }
                    String json = body(base, search);
                    Matcher total = TOTAL.matcher(json);
                    total.find();
                    List<String> expected = new ArrayList<>(List.of(total.group(1)));
                    Matcher id = ID.matcher(json);
                    while (id.find()) {
                        expected.add(id.group(1));
                    }
                    SqlSearch statements = sqlSearch(search);
                    List<String> actual = execute(connection, statements, prepared);
                    statements = resolve(connection, prepared, statements);
                    if (!expected.equals(actual)) {
                        throw new IllegalStateException("SQL mirror differs from the API for " + search.path()
                                + "\n api: " + expected + "\n sql: " + actual);
                    }
                    plans.append("-- ").append(type.getKey()).append(": ").append(search.path())
                            .append(" (").append(expected.get(0)).append(" results)\n");
                    if (!statements.text) {
                        plans.append(explain(connection, statements.countSql, statements.countParams));
                    }
                    plans.append(explain(connection, statements.sql.get(0), statements.params.get(0))).append('\n');
                }
            }
            Files.writeString(out.resolve("explain.txt"), plans.toString());
            System.out.println("Checked: the SQL mirror gives the API's totals and pages; plans in " + out.resolve("explain.txt"));
        }

        // 2. Warm the server's JIT and caches with every query, unmeasured.
        List<Search> everything = types.entrySet().stream()
                .filter(t -> !t.getKey().contains("generic"))
                .flatMap(t -> t.getValue().stream())
                .toList();
        run("warm-up", "all", 4, everything.isEmpty() ? types.values().iterator().next() : everything, http(base), Math.max(10, SECONDS));

        List<Result> results = new ArrayList<>();
        for (int clients : concurrency) {
            for (var type : types.entrySet()) {
                results.add(report(run("http", type.getKey(), clients, type.getValue(), http(base), SECONDS)));
                if (!type.getValue().get(0).html() && !HTTP_ONLY) {
                    results.add(report(run("sql", type.getKey(), clients, type.getValue(), sql(url), SECONDS)));
                }
            }
        }
        if (only.isBlank()) {
            results.add(report(run("http", "mix (weights in Bench.mix)", 16, mix(types), http(base), 2 * SECONDS)));
        }

        String table = table(results);
        Files.writeString(out.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
    }

    static Result report(Result r) {
        System.out.printf(
                Locale.ROOT,
                "%-5s %-32s %2d clients: %6d req %7.1f req/s  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  errors %d%n",
                r.mode(), r.type(), r.clients(), r.requests(), r.throughput(), r.percentile(50), r.percentile(95),
                r.percentile(99), r.errors());
        return r;
    }

    static String explain(Connection connection, String sql, List<Object> params) throws SQLException {
        StringBuilder plan = new StringBuilder();
        for (Map<String, Object> row : query(connection, new HashMap<>(), "explain (analyze, buffers) " + sql, params)) {
            plan.append(row.values().iterator().next()).append('\n');
        }
        return plan.toString();
    }

    /** One line per query type: HTTP and SQL percentiles side by side, and their ratio at p95. */
    static String table(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("| query type | clients | HTTP req/s | HTTP p50 | HTTP p95 | HTTP p99 | SQL req/s | SQL p50 | SQL p95 | SQL p99 | HTTP p95 / SQL p95 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result http : results) {
            if (!http.mode().equals("http")) {
                continue;
            }
            Result sql = results.stream()
                    .filter(r -> r.mode().equals("sql") && r.type().equals(http.type()) && r.clients() == http.clients())
                    .findFirst()
                    .orElse(null);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |%n",
                    http.type(), http.clients(), http.throughput(), http.percentile(50), http.percentile(95),
                    http.percentile(99),
                    sql == null ? "–" : String.format(Locale.ROOT, "%.0f", sql.throughput()),
                    sql == null ? "–" : String.format(Locale.ROOT, "%.1f", sql.percentile(50)),
                    sql == null ? "–" : String.format(Locale.ROOT, "%.1f", sql.percentile(95)),
                    sql == null ? "–" : String.format(Locale.ROOT, "%.1f", sql.percentile(99)),
                    sql == null ? "–" : String.format(Locale.ROOT, "%.1f", http.percentile(95) / sql.percentile(95))));
            if (http.errors() > 0) {
                md.append("|  ⚠ ").append(http.errors()).append(" errors | | | | | | | | | | |\n");
            }
        }
        return md.toString();
    }
}
