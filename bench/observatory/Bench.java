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
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Load client of the observatory benchmark (bench/observatory/run.sh), JDK 17, no dependencies. Modes:
 *
 * <ul>
 *   <li>{@code pgbench CLIENTS OUT_DIR}: the raw baseline's figures per script (a-d) from pgbench's
 *       per-transaction logs {@code OUT_DIR/raw-CLIENTS.*}; writes {@code raw-CLIENTS.md}.
 *   <li>{@code api PORT CLIENTS OUT_DIR}: CLIENTS threads, each with its own HttpClient, sending the
 *       dashboard's questions to {@code GET /api/v1/indicators/{code}/data} back to back (closed loop) for
 *       BENCH_WARMUP + BENCH_SECONDS s, a question drawn at random each time (weights in {@link #QUESTIONS},
 *       territory drawn among the 12 regions or 75 provinces); only the last BENCH_SECONDS count, only 200
 *       answers count. Each question is first asked once and its answer's start printed. Writes
 *       {@code api-CLIENTS.md}: p50/p95/p99 and throughput per question and for the mix.
 *   <li>{@code fresh PORT OUT_DIR COMMUNE PROVINCE}: freshness. BENCH_FRESH_DEVICES stall devices (1-16 of
 *       bench/fairs/setup.sql) each sync a batch of BENCH_FRESH_SALES sales every BENCH_FRESH_PACE_MS ms
 *       (the sustained load, in other communes); meanwhile device 17 (fresh-setup.sql), the only seller of
 *       commune COMMUNE this month, records one sale of exactly 100.00 MAD every BENCH_PROBE_MS ms, and a
 *       reader polls {@code sales.amount} of that commune for the current month every BENCH_POLL_MS ms.
 *       Probe i is seen at the end of the first poll whose value reaches the first value + 100 i (so a
 *       probe counts as seen only once every earlier one is too: an upper bound); its lag runs from the
 *       end of its sync request (the sale committed) to then. Writes {@code fresh.md}.
 *   <li>{@code rebuild PORT EXPECTED}: signs in as admin@tadamon.ma, makes a personal API token, sends
 *       {@code POST /api/v1/observatory/rebuild} (HOOK: the assumed endpoint) and polls the national
 *       {@code sales.amount} (2021-01 to 2025-12) until it equals EXPECTED, the ledger's sum.
 * </ul>
 *
 * <p>A value is read from the answer's {@code "total"} object ({@code "value"}; BENCH_VALUE_FIELD to read another
 * field such as {@code "numerator"}).
 */
public class Bench {

    static final int WARMUP = envInt("BENCH_WARMUP", 5);
    static final int SECONDS = envInt("BENCH_SECONDS", 30);
    static final String VALUE_FIELD = System.getenv().getOrDefault("BENCH_VALUE_FIELD", "value");
    static final Pattern VALUE = Pattern.compile("\"" + Pattern.quote(VALUE_FIELD) + "\"\\s*:\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "pgbench" -> pgbench(Integer.parseInt(args[1]), Path.of(args[2]));
            case "api" -> api(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "fresh" -> fresh(Integer.parseInt(args[1]), Path.of(args[2]), args[3], args[4]);
            case "rebuild" -> rebuild(Integer.parseInt(args[1]), new java.math.BigDecimal(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- figures

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.1f", value);
    }

    /** A markdown row: name, count, per second, p50, p95, p99, max (ms), errors. */
    static String row(String name, long[] sorted, double seconds, long errors) {
        return String.format(
                "| %s | %d | %s | %s | %s | %s | %s | %d |%n",
                name, sorted.length, fmt(sorted.length / seconds), fmt(percentile(sorted, 50)),
                fmt(percentile(sorted, 95)), fmt(percentile(sorted, 99)),
                fmt(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6), errors);
    }

    static final String HEADER = "| question | answers | per s | p50 | p95 | p99 | max | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";

    // ---------------------------------------------------------------- pgbench logs

    static final String[] RAW = {
        "(a) sales by channel and month, one region, one year",
        "(b) members by gender and age band, one province",
        "(c) actors by type and status, country",
        "(d) sales by value chain and year, one province, five years"
    };

    /** pgbench -l lines: client_id transaction_no time_us script_no end_epoch_s end_us. */
    static void pgbench(int clients, Path out) throws Exception {
        List<List<Long>> perScript = new ArrayList<>();
        for (int i = 0; i < RAW.length; i++) {
            perScript.add(new ArrayList<>());
        }
        long errors = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("raw-" + clients + "\\.\\d+(\\.\\d+)?")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 6) {
                        continue;
                    }
                    if (!f[2].matches("\\d+")) {
                        errors++;
                        continue;
                    }
                    long us = Long.parseLong(f[2]);
                    long end = Long.parseLong(f[4]) * 1_000_000L + Long.parseLong(f[5]);
                    first = Math.min(first, end - us);
                    last = Math.max(last, end);
                    perScript.get(Integer.parseInt(f[3])).add(us * 1000);
                }
            }
        }
        double seconds = Math.max(1, (last - first) / 1e6);
        StringBuilder md = new StringBuilder("## Raw GROUP BY on the base tables, pgbench, " + clients + " client"
                        + (clients == 1 ? "" : "s") + " (ms)\n\n")
                .append(HEADER);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < RAW.length; i++) {
            long[] sorted = perScript.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            md.append(row(RAW[i], sorted, seconds, 0));
            all.addAll(perScript.get(i));
        }
        md.append(row("mix (each script equally likely)", all.stream().mapToLong(Long::longValue).sorted().toArray(), seconds, errors));
        System.out.print(md);
        Files.writeString(out.resolve("raw-" + clients + ".md"), md.toString());
    }

    // ---------------------------------------------------------------- the API's questions

    record Question(String name, int weight, String pathAndQuery) {}

    static final String[] REGIONS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};
    /** Province codes, read from the API's own territory list if any; else from BENCH_PROVINCES. */
    static String[] provinces = System.getenv().getOrDefault("BENCH_PROVINCES", "").split(",");

    static final List<Question> QUESTIONS = List.of(
            new Question("(a) sales by channel and month, one region, one year", 25,
                    "/api/v1/indicators/sales.amount/data?territory={region}&period=MONTH&from={year}-01&to={year}-12&by=channel"),
            new Question("(b) members by gender and age band, one province", 25,
                    "/api/v1/indicators/registry.members/data?territory={province}&by=gender,ageBand"),
            new Question("(c) actors by type and status, country", 15,
                    "/api/v1/indicators/registry.actors/data?territory=MA&by=type,status"),
            new Question("(d) sales by value chain and year, one province, five years", 20,
                    "/api/v1/indicators/sales.amount/data?territory={province}&period=YEAR&from=2021-01&to=2025-12&by=valueChain"),
            new Question("(e) sales by region and year (the map)", 10,
                    "/api/v1/indicators/sales.amount/data?territory=MA&level=REGION&period=YEAR&from=2021-01&to=2025-12"),
            new Question("(f) women-led share by province of a region, CSV", 5,
                    "/api/v1/indicators/registry.women-led-share/data?territory={region}&level=PROVINCE&format=csv"));

    static String url(Question q) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return q.pathAndQuery()
                .replace("{region}", REGIONS[random.nextInt(REGIONS.length)])
                .replace("{province}", provinces[random.nextInt(provinces.length)])
                .replace("{year}", Integer.toString(random.nextInt(2021, 2026)));
    }

    static Question draw() {
        int total = QUESTIONS.stream().mapToInt(Question::weight).sum();
        int x = ThreadLocalRandom.current().nextInt(total);
        for (Question q : QUESTIONS) {
            if ((x -= q.weight()) < 0) {
                return q;
            }
        }
        throw new IllegalStateException();
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", url.contains("format=csv") ? "text/csv" : "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void api(int port, int clients, Path out) throws Exception {
        String base = "http://127.0.0.1:" + port;
        if (provinces.length == 0 || provinces[0].isBlank()) {
            throw new IllegalStateException("BENCH_PROVINCES: the province codes, comma-separated (run.sh sets it)");
        }
        HttpClient check = client();
        for (Question q : QUESTIONS) {
            String u = base + url(q);
            HttpResponse<String> r = get(check, u);
            String body = r.body();
            System.out.printf("%s%n  %d %s%n", u, r.statusCode(), body.substring(0, Math.min(200, body.length())).replace('\n', ' '));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(q.name() + ": answered " + r.statusCode());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        long[] window = new long[2];
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                HttpClient http = client();
                ready.countDown();
                ready.await();
                synchronized (window) {
                    if (window[0] == 0) {
                        window[0] = System.nanoTime() + WARMUP * 1_000_000_000L;
                        window[1] = window[0] + SECONDS * 1_000_000_000L;
                    }
                }
                Map<String, List<Long>> mine = new TreeMap<>();
                Map<String, Long> myErrors = new TreeMap<>();
                while (true) {
                    long started = System.nanoTime();
                    if (started >= window[1]) {
                        break;
                    }
                    Question q = draw();
                    int status;
                    String body;
                    try {
                        HttpResponse<String> r = get(http, base + url(q));
                        status = r.statusCode();
                        body = r.body();
                    } catch (IOException e) {
                        status = 0;
                        body = e.toString();
                    }
                    long took = System.nanoTime() - started;
                    if (started >= window[0]) {
                        if (status == 200) {
                            mine.computeIfAbsent(q.name(), k -> new ArrayList<>()).add(took);
                        } else if (myErrors.merge(q.name(), 1L, Long::sum) == 1) {
                            System.err.println(q.name() + ": HTTP " + status + " " + body.substring(0, Math.min(300, body.length())));
                        }
                    }
                }
                mine.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(v));
                myErrors.forEach((k, v) -> errors.computeIfAbsent(k, x -> new AtomicLong()).addAndGet(v));
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        StringBuilder md = new StringBuilder("## Indicator data API, " + clients + " client" + (clients == 1 ? "" : "s")
                        + ", mix of the questions (ms, " + SECONDS + " s measured)\n\n")
                .append(HEADER);
        List<Long> all = new ArrayList<>();
        long allErrors = 0;
        for (Question q : QUESTIONS) {
            List<Long> l = latencies.getOrDefault(q.name(), List.of());
            long e = errors.getOrDefault(q.name(), new AtomicLong()).get();
            md.append(row(q.name() + " (" + q.weight() + " %)", l.stream().mapToLong(Long::longValue).sorted().toArray(), SECONDS, e));
            all.addAll(l);
            allErrors += e;
        }
        md.append(row("**mix**", all.stream().mapToLong(Long::longValue).sorted().toArray(), SECONDS, allErrors));
        System.out.print(md);
        Files.writeString(out.resolve("api-" + clients + ".md"), md.toString());
    }

    /** The answer's total: the first "value" of its "total" object ({"total":{…,"value":123.45},…}). */
    static java.math.BigDecimal value(String body) {
        int total = body.indexOf("\"total\":");
        Matcher m = VALUE.matcher(body);
        if (total < 0 || !m.find(total)) {
            throw new IllegalStateException("no total \"" + VALUE_FIELD + "\" in " + body.substring(0, Math.min(300, body.length())));
        }
        return new java.math.BigDecimal(m.group(1));
    }

    // ---------------------------------------------------------------- freshness

    static final Pattern RECORDED = Pattern.compile("\"status\":\"RECORDED\"");
    static final Pattern LAST_SEQ = Pattern.compile("\"lastSeq\":(\\d+)");
    static final String PROBE_VARIANT = "00000000-0000-4000-8000-000000000999";

    static void fresh(int port, Path out, String commune, String province) throws Exception {
        String base = "http://127.0.0.1:" + port;
        int devices = envInt("BENCH_FRESH_DEVICES", 4);
        int sales = envInt("BENCH_FRESH_SALES", 10);
        int pace = envInt("BENCH_FRESH_PACE_MS", 500);
        int probeEvery = envInt("BENCH_PROBE_MS", 250);
        int pollEvery = envInt("BENCH_POLL_MS", 50);
        int seconds = envInt("BENCH_FRESH_SECONDS", 60);
        String territory = System.getenv().getOrDefault("BENCH_FRESH_LEVEL", "commune").equals("province") ? province : commune;
        String month = YearMonth.now(ZoneId.of("Africa/Casablanca")).toString();
        String reading = base + "/api/v1/indicators/sales.amount/data?territory=" + territory + "&period=MONTH&from=" + month + "&to=" + month;
        long end = System.nanoTime() + (WARMUP + seconds) * 1_000_000_000L;
        AtomicLong loadSales = new AtomicLong();
        AtomicLong loadErrors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(devices + 2);
        List<Future<?>> load = new ArrayList<>();
        // the sustained load: devices 1..N, a batch every `pace` ms each
        for (int d = 1; d <= devices; d++) {
            int device = d;
            load.add(pool.submit(() -> {
                HttpClient http = client();
                String auth = String.format("Device tdd_bench-device-%02d", device);
                long seq = lastSeq(http, base, auth);
                long next = System.nanoTime();
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = sync(http, base, auth, batch(device, seq, sales));
                    if (r.statusCode() == 200 && RECORDED.matcher(r.body()).results().count() == sales) {
                        seq += sales;
                        loadSales.addAndGet(sales);
                    } else if (loadErrors.incrementAndGet() == 1) {
                        System.err.println("load: HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
                    }
                    next += pace * 1_000_000L;
                    long sleep = (next - System.nanoTime()) / 1_000_000L;
                    if (sleep > 0) {
                        Thread.sleep(sleep);
                    }
                }
                return null;
            }));
        }
        // the probe: device 17, one sale of 100.00 every probeEvery ms; committed[i] = end of sync i (ns)
        List<Long> committed = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpClient reader = client();
        java.math.BigDecimal start = value(get(reader, reading).body());
        Future<?> probe = pool.submit(() -> {
            HttpClient http = client();
            String auth = "Device tdd_bench-device-17";
            long seq = lastSeq(http, base, auth);
            Thread.sleep(WARMUP * 1000L);
            long next = System.nanoTime();
            while (System.nanoTime() < end) {
                String one = "{\"sales\":[{\"clientId\":\"" + UUID.randomUUID() + "\",\"seq\":" + (seq + 1) + ",\"occurredAt\":\""
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"payment\":\"CASH\",\"cashGiven\":null,\"lines\":[{\"variantId\":\""
                        + PROBE_VARIANT + "\",\"quantity\":1,\"unitPrice\":100.00}]}]}";
                HttpResponse<String> r = sync(http, base, auth, one);
                if (r.statusCode() != 200 || !RECORDED.matcher(r.body()).find()) {
                    throw new IllegalStateException("probe: HTTP " + r.statusCode() + " " + r.body());
                }
                committed.add(System.nanoTime());
                seq++;
                next += probeEvery * 1_000_000L;
                long sleep = (next - System.nanoTime()) / 1_000_000L;
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
            return null;
        });
        // the reader: polls until every probe is seen (or 30 s after the end)
        List<Long> lags = new ArrayList<>();
        List<Long> polls = new ArrayList<>();
        java.math.BigDecimal hundred = new java.math.BigDecimal(100);
        int seen = 0;
        long giveUp = end + 30_000_000_000L;
        while (System.nanoTime() < giveUp && !(probe.isDone() && seen >= committed.size())) {
            long t0 = System.nanoTime();
            java.math.BigDecimal v = value(get(reader, reading).body());
            long t1 = System.nanoTime();
            polls.add(t1 - t0);
            int reached = v.subtract(start).divideToIntegralValue(hundred).intValue();
            while (seen < Math.min(reached, committed.size())) {
                lags.add(t1 - committed.get(seen));
                seen++;
            }
            long sleep = pollEvery - (System.nanoTime() - t0) / 1_000_000L;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        }
        probe.get();
        for (Future<?> f : load) {
            f.get();
        }
        pool.shutdown();
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] pollSorted = polls.stream().mapToLong(Long::longValue).sorted().toArray();
        String md = "## Freshness under load (ms)\n\n"
                + String.format("Load: %d stall devices, a batch of %d sales every %d ms each: %d sales recorded in %d s (%.0f/s), %d failed batches. "
                                + "Probe: one sale of 100.00 MAD every %d ms to %s `%s` (its only seller this month), "
                                + "%d recorded, %d seen in `sales.amount` for the month within 30 s of the end; reader polling every %d ms "
                                + "(poll p50 %s ms, p95 %s ms). Lag = end of the probe's sync → end of the first poll showing it and every earlier probe.%n%n",
                        devices, sales, pace, loadSales.get(), WARMUP + seconds, loadSales.get() / (double) (WARMUP + seconds), loadErrors.get(),
                        probeEvery, territory.equals(commune) ? "commune" : "province", territory, committed.size(), sorted.length, pollEvery,
                        fmt(percentile(pollSorted, 50)), fmt(percentile(pollSorted, 95)))
                + "| lag | probes | per s | p50 | p95 | p99 | max | not seen |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
                + row("sale → sales.amount", sorted, seconds, committed.size() - sorted.length);
        System.out.print(md);
        Files.writeString(out.resolve("fresh.md"), md);
    }

    static long lastSeq(HttpClient http, String base, String auth) throws Exception {
        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/pos/me")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = LAST_SEQ.matcher(me.body());
        if (me.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException(auth + ": /api/v1/pos/me answered " + me.statusCode() + " " + me.body());
        }
        return Long.parseLong(m.group(1));
    }

    static HttpResponse<String> sync(HttpClient http, String base, String auth, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/pos/sync"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A batch of new sales of device d (bench/fairs: stall d, cooperative (d - 1) % 8 + 1, 25 variants). */
    static String batch(int device, long lastSeq, int sales) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int k = (device - 1) % 8 + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder json = new StringBuilder(sales * 330).append("{\"sales\":[");
        for (int i = 1; i <= sales; i++) {
            int lines = random.nextInt(1, 4);
            int step = 25 / lines;
            json.append(i == 1 ? "" : ",").append("{\"clientId\":\"").append(UUID.randomUUID()).append("\",\"seq\":")
                    .append(lastSeq + i).append(",\"occurredAt\":\"").append(now)
                    .append("\",\"payment\":\"CASH\",\"cashGiven\":null,\"lines\":[");
            int slot = 0;
            for (int j = 0; j < lines; j++) {
                slot += random.nextInt(1, step + 1);
                int variant = k + 8 * (slot - 1);
                json.append(j == 0 ? "" : ",").append("{\"variantId\":\"")
                        .append(String.format("00000000-0000-4000-8000-%012d", variant)).append("\",\"quantity\":")
                        .append(random.nextInt(1, 4)).append(",\"unitPrice\":").append(10 + variant).append(".00}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    // ---------------------------------------------------------------- rebuild (HOOK)

    static void rebuild(int port, java.math.BigDecimal expected) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = apiToken(http, base, signIn(http, base));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/observatory/rebuild"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("POST /api/v1/observatory/rebuild: " + posted.statusCode() + " " + posted.body());
        if (posted.statusCode() / 100 != 2) {
            throw new IllegalStateException("rebuild refused");
        }
        // Done when the job says so (GET /api/v1/observatory/jobs/{id}); then the nation's sales must be the ledger's.
        String job = find(posted.body(), "\"job\":\"([^\"]+)\"");
        HttpClient reader = client();
        long giveUp = System.nanoTime() + 60L * 60 * 1_000_000_000L;
        String status = "";
        // Meanwhile a reader keeps asking a dashboard question: the rebuild must not block it.
        String question = base + "/api/v1/indicators/sales.amount/data?territory=MA&level=REGION&period=YEAR&from=2021&to=2025";
        List<Long> during = new ArrayList<>();
        while (System.nanoTime() < giveUp) {
            long asked = System.nanoTime();
            HttpResponse<String> answer = get(reader, question);
            if (answer.statusCode() == 200) {
                during.add((System.nanoTime() - asked) / 1_000);
            }
            HttpResponse<String> r = reader.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/observatory/jobs/" + job))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            status = find(r.body(), "\"status\":\"([A-Z]+)\"");
            if (!status.equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        if (!status.equals("SUCCEEDED")) {
            throw new IllegalStateException("rebuild " + status);
        }
        Collections.sort(during);
        if (!during.isEmpty()) {
            System.out.printf(
                    "readers during the rebuild: %d answers (200), p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    during.size(),
                    during.get(during.size() / 2) / 1000.0,
                    during.get(Math.min(during.size() - 1, (int) Math.ceil(during.size() * 0.95) - 1)) / 1000.0,
                    during.get(during.size() - 1) / 1000.0);
        }
        String national = base + "/api/v1/indicators/sales.amount/data?territory=MA&from=2000&to=2099";
        java.math.BigDecimal v = value(get(reader, national).body());
        System.out.println("rebuild " + status + "; sales.amount for MA, every year: " + v + " (ledger: " + expected + ")");
        if (v.compareTo(expected) != 0) {
            throw new IllegalStateException("after the rebuild sales.amount " + v + " is not the ledger's " + expected);
        }
    }

    static final String EMAIL = "admin@tadamon.ma";
    static final String PASSWORD = "tadamon-demo";

    /** Form sign-in (the login page's CSRF token), then the session's token from a page's meta tag (bench/sales). */
    static String signIn(HttpClient http, String base) throws Exception {
        String login = page(http, base + "/login");
        String token = find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "identifier=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
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
        return find(page(http, base + "/"), "name=\"csrf-token\" content=\"([^\"]+)\"");
    }

    /** A personal API token made on the account page (bench/sales). */
    static String apiToken(HttpClient http, String base, String csrf) throws Exception {
        HttpResponse<String> made = http.send(
                HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=bench&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return find(made.body(), "(tdm_[A-Za-z0-9_-]{43})");
    }

    static String page(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return m.group(1);
    }

    static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
