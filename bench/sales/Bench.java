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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load client of the sales benchmark (bench/sales/run.sh), JDK 17, no dependencies. Three modes:
 *
 * <ul>
 *   <li>{@code http PORT CLIENTS OUT_DIR}: CLIENTS threads, each signed in once with its own session
 *       (form login with the page's CSRF token, then the token of a page's {@code csrf-token} meta tag
 *       in the X-CSRF-TOKEN header, like the app's own scripts), send store sales of 1-5 lines to
 *       POST /api/v1/sales back to back (closed loop) for BENCH_WARMUP + BENCH_SECONDS seconds; only
 *       the last BENCH_SECONDS count. Writes {@code OUT_DIR/http-CLIENTS.tsv}.
 *   <li>{@code pgbench CLIENTS OUT_DIR}: the same figures from pgbench's per-transaction logs
 *       ({@code OUT_DIR/pgbench-CLIENTS.*}), the first BENCH_WARMUP seconds left out. Writes
 *       {@code OUT_DIR/pgbench-CLIENTS.tsv}.
 *   <li>{@code table OUT_DIR RESULTS_MD}: the side-by-side table of every *.tsv, printed and written.
 * </ul>
 *
 * <p>The basket generator is the same as sale.sql's: n lines (1-5), variants v1 < ... < vn in steps of
 * at most 200/n among the 200 bench variants, quantities 1-3. Variant n's id is fixed by setup.sql.
 */
public class Bench {

    static final int WARMUP = envInt("BENCH_WARMUP", 5);
    static final int SECONDS = envInt("BENCH_SECONDS", 20);
    static final String LOCATION = "00000000-0000-4000-a000-000000000001";
    static final String EMAIL = System.getenv().getOrDefault("BENCH_USER", "admin@tadamon.ma");
    static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "tadamon-demo");

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "http" -> http(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "pgbench" -> pgbench(Integer.parseInt(args[1]), Path.of(args[2]));
            case "table" -> table(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- figures

    /** One side of one row of the table. Latencies in nanoseconds, sorted. */
    record Figures(String side, int clients, double seconds, long[] nanos, long errors, String notes) {
        double tps() {
            return nanos.length / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        String tsv() {
            return String.join(
                    "\t",
                    side,
                    Integer.toString(clients),
                    Integer.toString(nanos.length),
                    Long.toString(errors),
                    fmt(tps()),
                    fmt(percentile(50)),
                    fmt(percentile(95)),
                    fmt(percentile(99)),
                    notes);
        }

        void print() {
            System.out.printf(
                    "%-8s %2d clients: %7.1f tps  p50 %6.2f  p95 %6.2f  p99 %6.2f ms  (%d in %.0f s, %d errors) %s%n",
                    side, clients, tps(), percentile(50), percentile(95), percentile(99), nanos.length, seconds,
                    errors, notes);
        }
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.1f", value);
    }

    // ---------------------------------------------------------------- HTTP

    static void http(int port, int clients, Path out) throws Exception {
        String base = "http://127.0.0.1:" + port;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch signedIn = new CountDownLatch(clients);
        long[] window = new long[2];
        Map<Integer, Long> statuses = new TreeMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] cpuStart = new long[3];
        long[] cpuEnd = new long[3];
        // CPU of the app, of PostgreSQL and of this client over the measured window only (sign-ins and
        // warm-up left out), from /proc: BENCH_APP_PID and BENCH_PG_PID (the postmaster) set by run.sh.
        Future<?> cpuWatch = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                })
                .submit(() -> {
                    signedIn.await();
                    while (window[0] == 0 || System.nanoTime() < window[0]) {
                        Thread.sleep(1);
                    }
                    snapshot(cpuStart);
                    while (System.nanoTime() < window[1]) {
                        Thread.sleep(1);
                    }
                    snapshot(cpuEnd);
                    return null;
                });
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                String bearer;
                try {
                    bearer = apiToken(http, base, signIn(http, base));
                    // The sales go out without the session cookie: a till authenticates by its token alone.
                    http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5))
                            .build();
                } finally {
                    signedIn.countDown();
                }
                signedIn.await();
                synchronized (window) {
                    if (window[0] == 0) {
                        window[0] = System.nanoTime() + WARMUP * 1_000_000_000L;
                        window[1] = window[0] + SECONDS * 1_000_000_000L;
                    }
                }
                long[] samples = new long[1 << 14];
                int count = 0;
                Map<Integer, Long> mine = new TreeMap<>();
                while (true) {
                    long started = System.nanoTime();
                    if (started >= window[1]) {
                        break;
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sales"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + bearer)
                            .POST(HttpRequest.BodyPublishers.ofString(basket()))
                            .build();
                    int status;
                    String body;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        body = response.body();
                    } catch (IOException e) {
                        status = 0;
                        body = e.toString();
                    }
                    long took = System.nanoTime() - started;
                    if (started >= window[0]) {
                        mine.merge(status, 1L, Long::sum);
                        if (status == 201) {
                            if (count == samples.length) {
                                samples = Arrays.copyOf(samples, count * 2);
                            }
                            samples[count++] = took;
                        } else if (mine.get(status) == 1) {
                            System.err.println("HTTP " + status + ": " + body.substring(0, Math.min(300, body.length())));
                        }
                    }
                }
                synchronized (statuses) {
                    mine.forEach((s, n) -> statuses.merge(s, n, Long::sum));
                }
                return Arrays.copyOf(samples, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        cpuWatch.get();
        long errors = statuses.entrySet().stream()
                .filter(e -> e.getKey() != 201)
                .mapToLong(Map.Entry::getValue)
                .sum();
        String notes = cpu(cpuStart, cpuEnd, nanos.length) + (errors == 0 ? "" : "; statuses " + statuses);
        Figures figures = new Figures("http", clients, SECONDS, nanos, errors, notes);
        figures.print();
        Files.writeString(out.resolve("http-" + clients + ".tsv"), figures.tsv() + "\n");
    }

    static final String APP_PID = System.getenv("BENCH_APP_PID");
    static final String PG_PID = System.getenv("BENCH_PG_PID");

    /** CPU time in ms so far: [app, PostgreSQL (postmaster and its children), this process]. */
    static void snapshot(long[] into) throws IOException {
        into[0] = APP_PID == null ? 0 : ticks(APP_PID) * 10;
        long pg = 0;
        if (PG_PID != null) {
            String[] postmaster = stat(PG_PID);
            if (postmaster != null) { // with its exited children (cutime, cstime)
                pg += Long.parseLong(postmaster[13]) + Long.parseLong(postmaster[14]);
            }
            pg += ticks(PG_PID);
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = stat(proc.getFileName().toString());
                    if (stat != null && stat[1].equals(PG_PID)) {
                        pg += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
        }
        into[1] = pg * 10;
        into[2] = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    /** utime + stime of a process in clock ticks (10 ms at the usual USER_HZ of 100). */
    static long ticks(String pid) {
        String[] stat = stat(pid);
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    static String[] stat(String pid) {
        try {
            String text = Files.readString(Path.of("/proc", pid, "stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String cpu(long[] start, long[] end, int sales) {
        if (APP_PID == null || sales == 0) {
            return "";
        }
        return String.format(
                "CPU ms/sale: app %.2f, PostgreSQL %.2f, load client %.2f",
                (end[0] - start[0]) / (double) sales,
                (end[1] - start[1]) / (double) sales,
                (end[2] - start[2]) / (double) sales);
    }

    /** Form sign-in (the login page's CSRF token), then the session's token from a page's meta tag. */
    static String signIn(HttpClient http, String base) throws Exception {
        String login = get(http, base + "/login");
        String token = find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "identifier=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        return find(get(http, base + "/"), "name=\"csrf-token\" content=\"([^\"]+)\"");
    }

    /** A personal API token made on the account page, as a point of sale gets one. */
    static String apiToken(HttpClient http, String base, String csrf) throws Exception {
        HttpResponse<String> made = http.send(
                HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "name=bench&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return find(made.body(), "(tdm_[A-Za-z0-9_-]{43})");
    }

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return m.group(1);
    }

    /** A store sale of 1-5 lines paid in cash, with a new client id: the generator of sale.sql. */
    static String basket() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int lines = random.nextInt(1, 6);
        int step = 200 / lines;
        StringBuilder json = new StringBuilder(400)
                .append("{\"clientId\":\"")
                .append(UUID.randomUUID())
                .append("\",\"locationId\":\"")
                .append(LOCATION)
                .append("\",\"payment\":\"CASH\",\"lines\":[");
        int variant = 0;
        for (int i = 0; i < lines; i++) {
            variant += random.nextInt(1, step + 1);
            json.append(i == 0 ? "" : ",")
                    .append("{\"variantId\":\"")
                    .append(String.format("00000000-0000-4000-8000-%012d", variant))
                    .append("\",\"quantity\":")
                    .append(random.nextInt(1, 4))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    // ---------------------------------------------------------------- pgbench logs

    /**
     * pgbench -l lines: client_id transaction_no time_us script_no end_epoch_s end_us; failed ones
     * (with --failures-detailed, or "failed" in time) counted as errors. The window starts WARMUP
     * seconds after the first transaction began.
     */
    static void pgbench(int clients, Path out) throws Exception {
        List<long[]> rows = new ArrayList<>();
        long errors = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("pgbench-" + clients + "."))
                    .filter(f -> !f.getFileName().toString().endsWith(".tsv") && !f.getFileName().toString().endsWith(".out"))
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 6) {
                        continue;
                    }
                    if (!f[2].matches("\\d+")) {
                        errors++;
                        continue;
                    }
                    long latencyUs = Long.parseLong(f[2]);
                    long endUs = Long.parseLong(f[4]) * 1_000_000L + Long.parseLong(f[5]);
                    rows.add(new long[] {endUs - latencyUs, latencyUs});
                }
            }
        }
        long first = rows.stream().mapToLong(r -> r[0]).min().orElse(0);
        long from = first + WARMUP * 1_000_000L;
        long to = from + SECONDS * 1_000_000L;
        long[] nanos = rows.stream()
                .filter(r -> r[0] >= from && r[0] < to)
                .mapToLong(r -> r[1] * 1000)
                .sorted()
                .toArray();
        Figures figures = new Figures("pgbench", clients, SECONDS, nanos, errors, System.getenv().getOrDefault("BENCH_NOTE", ""));
        figures.print();
        Files.writeString(out.resolve("pgbench-" + clients + ".tsv"), figures.tsv() + "\n");
    }

    // ---------------------------------------------------------------- table

    static void table(Path out, Path results) throws Exception {
        Map<Integer, String[]> http = new TreeMap<>();
        Map<Integer, String[]> sql = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                String[] f = Files.readString(file).trim().split("\t", -1);
                (f[0].equals("http") ? http : sql).put(Integer.parseInt(f[1]), f);
            }
        }
        StringBuilder md = new StringBuilder()
                .append("| clients | HTTP TPS | HTTP p50 | HTTP p99 | pgbench TPS | pgbench p50 | pgbench p99 | HTTP/pgbench TPS"
                        + " | errors (HTTP, pgbench) |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        java.util.Set<Integer> clients = new java.util.TreeSet<>(http.keySet());
        clients.addAll(sql.keySet());
        for (int c : clients) {
            String[] h = http.getOrDefault(c, new String[] {"http", "" + c, "0", "–", "–", "–", "–", "–", ""});
            String[] s = sql.getOrDefault(c, new String[] {"pgbench", "" + c, "0", "–", "–", "–", "–", "–", ""});
            String ratio = "–";
            try {
                ratio = String.format("%.0f %%", 100 * Double.parseDouble(h[4]) / Double.parseDouble(s[4]));
            } catch (NumberFormatException e) {
                // a side did not run
            }
            md.append(String.format(
                    "| %d | %s | %s | %s | %s | %s | %s | %s | %s, %s |%n",
                    c, h[4], h[5], h[7], s[4], s[5], s[7], ratio, h[3], s[3]));
        }
        System.out.print(md);
        Files.writeString(results, md.toString());
    }

    static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
