import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Load client of the fairs benchmark (bench/fairs/run.sh), JDK 17, no dependencies. Three modes:
 *
 * <ul>
 *   <li>{@code http PORT DEVICES OUT_DIR}: DEVICES threads, thread c being the paired device c + 1 of
 *       setup.sql (its token is known), each with its own HttpClient. A device asks the server once for
 *       its last sequence number (GET /api/v1/pos/me), then sends batches of BENCH_SALES new offline
 *       sales to POST /api/v1/pos/sync back to back (closed loop) for BENCH_WARMUP + BENCH_SECONDS
 *       seconds; only the last BENCH_SECONDS count. A batch counts when it is answered 200 with every
 *       sale RECORDED; anything else is an error. Writes {@code OUT_DIR/http-DEVICES.tsv}.
 *   <li>{@code pgbench DEVICES OUT_DIR}: the same figures from pgbench's per-transaction logs
 *       ({@code OUT_DIR/pgbench-DEVICES.*}), the first BENCH_WARMUP seconds left out.
 *   <li>{@code table OUT_DIR RESULTS_MD}: the side-by-side table of every *.tsv, printed and written.
 * </ul>
 *
 * <p>The batch generator is sync.sql's: sales numbered from the device's last sequence number + 1,
 * made over the last hour (one every 72 s for 50 sales), each of n = 1-3 lines of distinct variants of
 * the stall's 25 (slots s1 < s2 < s3, each step drawn in 1..25/n), quantities 1-3 at the catalogue
 * price (10 + variant number MAD), paid in cash without cash given. Ids are fixed by setup.sql.
 */
public class Bench {

    static final int WARMUP = envInt("BENCH_WARMUP", 5);
    static final int SECONDS = envInt("BENCH_SECONDS", 20);
    static final int SALES = envInt("BENCH_SALES", 50);

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

    /** One side of one row of the table: batch latencies in nanoseconds, sorted. */
    record Figures(String side, int devices, double seconds, long[] nanos, long errors, String notes) {
        double batchesPerSecond() {
            return nanos.length / seconds;
        }

        double salesPerSecond() {
            return nanos.length * (double) SALES / seconds;
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
                    Integer.toString(devices),
                    Integer.toString(nanos.length),
                    Long.toString(errors),
                    fmt(batchesPerSecond()),
                    String.format("%.0f", salesPerSecond()),
                    fmt(percentile(50)),
                    fmt(percentile(95)),
                    fmt(percentile(99)),
                    notes);
        }

        void print() {
            System.out.printf(
                    "%-8s %2d devices: %6.1f batches/s = %6.0f sales/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms"
                            + "  (%d batches of %d in %.0f s, %d errors) %s%n",
                    side, devices, batchesPerSecond(), salesPerSecond(), percentile(50), percentile(95),
                    percentile(99), nanos.length, SALES, seconds, errors, notes);
        }
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.1f", value);
    }

    // ---------------------------------------------------------------- HTTP

    static final Pattern LAST_SEQ = Pattern.compile("\"lastSeq\":(\\d+)");
    static final Pattern RECORDED = Pattern.compile("\"status\":\"RECORDED\"");

    static void http(int port, int devices, Path out) throws Exception {
        String base = "http://127.0.0.1:" + port;
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        CountDownLatch ready = new CountDownLatch(devices);
        long[] window = new long[2];
        Map<Integer, Long> statuses = new TreeMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] cpuStart = new long[3];
        long[] cpuEnd = new long[3];
        // CPU of the app, of PostgreSQL and of this client over the measured window only, from /proc:
        // BENCH_APP_PID and BENCH_PG_PID (the postmaster) set by run.sh.
        Future<?> cpuWatch = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                })
                .submit(() -> {
                    ready.await();
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
        for (int c = 0; c < devices; c++) {
            int device = c + 1;
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                String authorization = String.format("Device tdd_bench-device-%02d", device);
                long seq;
                try {
                    // What the device knows of itself: the server's last sequence number from it.
                    HttpResponse<String> me = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/pos/me"))
                                    .header("Authorization", authorization)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (me.statusCode() != 200) {
                        throw new IllegalStateException("device " + device + ": /api/v1/pos/me answered "
                                + me.statusCode() + " " + me.body());
                    }
                    seq = lastSeq(me.body());
                } finally {
                    ready.countDown();
                }
                ready.await();
                synchronized (window) {
                    if (window[0] == 0) {
                        window[0] = System.nanoTime() + WARMUP * 1_000_000_000L;
                        window[1] = window[0] + SECONDS * 1_000_000_000L;
                    }
                }
                long[] samples = new long[1 << 12];
                int count = 0;
                Map<Integer, Long> mine = new TreeMap<>();
                while (true) {
                    long started = System.nanoTime();
                    if (started >= window[1]) {
                        break;
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/pos/sync"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(batch(device, seq)))
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
                    long recorded = status == 200 ? RECORDED.matcher(body).results().count() : 0;
                    if (status == 200) {
                        seq = Math.max(seq + SALES, lastSeq(body));
                        if (recorded != SALES) {
                            status = 299; // answered, but not every sale of the batch was recorded
                        }
                    }
                    if (started >= window[0]) {
                        mine.merge(status, 1L, Long::sum);
                        if (status == 200) {
                            if (count == samples.length) {
                                samples = Arrays.copyOf(samples, count * 2);
                            }
                            samples[count++] = took;
                        } else if (mine.get(status) == 1) {
                            System.err.println("HTTP " + status + ": " + body.substring(0, Math.min(400, body.length())));
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
                .filter(e -> e.getKey() != 200)
                .mapToLong(Map.Entry::getValue)
                .sum();
        String notes = cpu(cpuStart, cpuEnd, nanos.length) + (errors == 0 ? "" : "; statuses " + statuses);
        Figures figures = new Figures("http", devices, SECONDS, nanos, errors, notes);
        figures.print();
        Files.writeString(out.resolve("http-" + devices + ".tsv"), figures.tsv() + "\n");
    }

    static long lastSeq(String json) {
        Matcher m = LAST_SEQ.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no lastSeq in " + json.substring(0, Math.min(300, json.length())));
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * A batch of SALES sales of device d (at stall d, cooperative k = (d - 1) % 8 + 1, whose variants
     * are n = k + 8 (slot - 1), slot 1..25) numbered from lastSeq + 1: the generator of sync.sql.
     */
    static String batch(int device, long lastSeq) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int k = (device - 1) % 8 + 1;
        Instant hourAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        StringBuilder json = new StringBuilder(SALES * 330).append("{\"sales\":[");
        for (int i = 1; i <= SALES; i++) {
            int lines = random.nextInt(1, 4);
            int step = 25 / lines;
            json.append(i == 1 ? "" : ",")
                    .append("{\"clientId\":\"")
                    .append(randomUuid(random))
                    .append("\",\"seq\":")
                    .append(lastSeq + i)
                    .append(",\"occurredAt\":\"")
                    .append(hourAgo.plusSeconds(72L * i))
                    .append("\",\"payment\":\"CASH\",\"cashGiven\":null,\"lines\":[");
            int slot = 0;
            for (int j = 0; j < lines; j++) {
                slot += random.nextInt(1, step + 1);
                int variant = k + 8 * (slot - 1);
                json.append(j == 0 ? "" : ",")
                        .append("{\"variantId\":\"")
                        .append(VARIANT_IDS[variant])
                        .append("\",\"quantity\":")
                        .append(random.nextInt(1, 4))
                        .append(",\"unitPrice\":")
                        .append(10 + variant)
                        .append(".00}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** Variant n's id (setup.sql), made once: the client should cost as little CPU as it can. */
    static final String[] VARIANT_IDS = new String[201];

    static {
        for (int n = 1; n <= 200; n++) {
            VARIANT_IDS[n] = String.format("00000000-0000-4000-8000-%012d", n);
        }
    }

    /** A version-4 UUID like UUID.randomUUID(), from the thread's generator instead of SecureRandom. */
    static UUID randomUuid(ThreadLocalRandom random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
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

    static String cpu(long[] start, long[] end, int batches) {
        if (APP_PID == null || batches == 0) {
            return "";
        }
        return String.format(
                "CPU ms/batch: app %.1f, PostgreSQL %.1f, load client %.1f",
                (end[0] - start[0]) / (double) batches,
                (end[1] - start[1]) / (double) batches,
                (end[2] - start[2]) / (double) batches);
    }

    // ---------------------------------------------------------------- pgbench logs

    /**
     * pgbench -l lines: client_id transaction_no time_us script_no end_epoch_s end_us; failed ones
     * counted as errors. The window starts WARMUP seconds after the first transaction began.
     */
    static void pgbench(int devices, Path out) throws Exception {
        List<long[]> rows = new ArrayList<>();
        long errors = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("pgbench-" + devices + "."))
                    .filter(f -> f.getFileName().toString().matches("pgbench-\\d+\\.\\d+(\\.\\d+)?"))
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
        Figures figures =
                new Figures("pgbench", devices, SECONDS, nanos, errors, System.getenv().getOrDefault("BENCH_NOTE", ""));
        figures.print();
        Files.writeString(out.resolve("pgbench-" + devices + ".tsv"), figures.tsv() + "\n");
    }

    // ---------------------------------------------------------------- table

    static void table(Path out, Path results) throws Exception {
        Map<Integer, String[]> http = new TreeMap<>();
        Map<Integer, String[]> sql = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                String[] f = Files.readString(file).replaceAll("[\\r\\n]+$", "").split("\t", -1);
                (f[0].equals("http") ? http : sql).put(Integer.parseInt(f[1]), f);
            }
        }
        StringBuilder md = new StringBuilder()
                .append("| devices | HTTP batches/s | HTTP sales/s | HTTP p50 | HTTP p99 | pgbench batches/s"
                        + " | pgbench sales/s | pgbench p50 | pgbench p99 | HTTP/pgbench | errors (HTTP, pgbench) |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        StringBuilder cpu = new StringBuilder();
        java.util.Set<Integer> devices = new java.util.TreeSet<>(http.keySet());
        devices.addAll(sql.keySet());
        String[] none = {"", "", "0", "–", "–", "–", "–", "–", "–", ""};
        for (int d : devices) {
            String[] h = http.getOrDefault(d, none);
            String[] s = sql.getOrDefault(d, none);
            String ratio = "–";
            try {
                ratio = String.format("%.0f %%", 100 * Double.parseDouble(h[4]) / Double.parseDouble(s[4]));
            } catch (NumberFormatException e) {
                // a side did not run
            }
            md.append(String.format(
                    "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s, %s |%n",
                    d, h[4], h[5], h[6], h[8], s[4], s[5], s[6], s[8], ratio, h[3], s[3]));
            cpu.append(String.format("- %d device%s — HTTP: %s; pgbench: %s%n", d, d == 1 ? "" : "s", h[9], s[9]));
        }
        md.append("\n").append(cpu);
        System.out.print(md);
        Files.writeString(results, md.toString());
    }

    static int envInt(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
