package ma.tadamon.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import ma.tadamon.catalog.Products;
import ma.tadamon.geo.Territories;
import ma.tadamon.party.DemoPartyIds;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.Payment;
import ma.tadamon.sales.SaleRecorded;
import ma.tadamon.sales.StockJournal;
import ma.tadamon.support.CatalogFixtures;
import ma.tadamon.support.EventProbe;
import ma.tadamon.support.FairFixtures;
import ma.tadamon.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault test of the stall sync: N stalls each make M offline sales, then every batch is sent three
 * times, all devices mixed, in random order, by concurrent senders over raw HTTP/1.1 to the real
 * port, a share of the connections cut in the middle of the request and a share cut after the
 * request but before the answer. A last clean pass sends everything once more, as a device does
 * until all is acknowledged. The ledger must then hold each sale exactly once with the device's own
 * totals, and at every stall the stock put there, less what was sold, plus the recorded shortfalls,
 * must be what is left.
 *
 * <p>In {@code ./mvnw verify} it runs at CI scale (15 stalls × 50 sales). Full scale (150 × 200 =
 * 30,000 sales):
 *
 * <pre>
 * ./mvnw -B verify -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StallSyncFaultIT \
 *   -Dfairs.fault.stalls=150 -Dfairs.fault.sales=200
 * </pre>
 *
 * Other knobs: {@code -Dfairs.fault.seed} (the run is printed with its seed; the plan — sales,
 * batches, order of sends and which are cut — follows from it, the thread interleaving does not)
 * and {@code -Dfairs.fault.senders} (concurrent senders, 8).
 */
@IntegrationTest
class StallSyncFaultIT {

    static final int STALLS = Integer.getInteger("fairs.fault.stalls", 15);
    static final int SALES = Integer.getInteger("fairs.fault.sales", 50);
    static final long SEED = Long.getLong("fairs.fault.seed", 20_261_123L);
    static final int SENDERS = Integer.getInteger("fairs.fault.senders", 8);
    static final int SENDS_PER_BATCH = 3;
    static final double CUT_MID_REQUEST = 0.30;
    static final double CUT_BEFORE_ANSWER = 0.20;
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /** Restocks of one stall at most, while the devices sync (what a cooperative can spare). */
    static final int RESTOCKS_PER_STALL = 40;

    /**
     * The stalls belong to these demo cooperatives, in turn. An actor exhibits once per edition
     * ({@link Exhibitors#admit} gives it one stall) and a device pairs only with a stall of its
     * edition, so there is one edition per five stalls, all running over the same days.
     */
    static final List<UUID> COOPERATIVES = List.of(
            DemoPartyIds.COOP_TIFAWIN,
            DemoPartyIds.of("coop-tmour-taghjijt"),
            DemoPartyIds.of("coop-amal-drargua"),
            DemoPartyIds.of("coop-couscous-smara"),
            DemoPartyIds.of("coop-zitoun-karia"));

    static final String[][] GOODS = {{"Huile d’argan test", "87.45"}, {"Amlou test", "54.90"}, {"Miel test", "123.05"}};

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    @Autowired
    Exhibitors exhibitors;

    @Autowired
    StallDevices devices;

    @Autowired
    Territories territories;

    @Autowired
    Products products;

    @Autowired
    Locations locations;

    @Autowired
    StockJournal stock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    EventProbe.Listener probe;

    record Line(UUID variantId, BigDecimal quantity, BigDecimal unitPrice) {

        /** What the device shows: quantity × price, half-up to the centime. */
        BigDecimal amount() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        }
    }

    record Sale(UUID clientId, long seq, Instant occurredAt, Payment payment, List<Line> lines) {

        BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        String json() {
            StringBuilder b = new StringBuilder()
                    .append("{\"clientId\":\"")
                    .append(clientId)
                    .append("\",\"seq\":")
                    .append(seq)
                    .append(",\"occurredAt\":\"")
                    .append(occurredAt)
                    .append("\",\"payment\":\"")
                    .append(payment)
                    .append("\",\"lines\":[");
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                b.append(i == 0 ? "" : ",")
                        .append("{\"variantId\":\"")
                        .append(line.variantId())
                        .append("\",\"quantity\":")
                        .append(line.quantity().toPlainString())
                        .append(",\"unitPrice\":")
                        .append(line.unitPrice().toPlainString())
                        .append('}');
            }
            return b.append("]}").toString();
        }
    }

    /** A stall, its device and what was put there; the sales are the device's local queue. */
    static final class Stall {
        final int no;
        final UUID actorId;
        final UUID locationId;
        final List<UUID> variants;
        UUID editionId;
        /** Everything moved to the stall: before the fair, and for the restocked ones, during it. */
        final Map<UUID, BigDecimal> put = new LinkedHashMap<>();

        final boolean restocked;
        final List<Sale> sales = new ArrayList<>();
        UUID deviceId;
        String token;

        Stall(int no, UUID actorId, UUID locationId, List<UUID> variants) {
            this.no = no;
            this.actorId = actorId;
            this.locationId = locationId;
            this.variants = variants;
            this.restocked = no % 2 == 0;
        }

        Map<UUID, BigDecimal> sold() {
            Map<UUID, BigDecimal> sold = new HashMap<>();
            sales.forEach(s -> s.lines().forEach(l -> sold.merge(l.variantId(), l.quantity(), BigDecimal::add)));
            return sold;
        }

        BigDecimal total() {
            return sales.stream().map(Sale::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    record Batch(Stall stall, List<Sale> sales, byte[] body) {}

    enum Fault {
        NONE,
        CUT_MID_REQUEST,
        CUT_BEFORE_ANSWER
    }

    record Send(Batch batch, Fault fault, int cutAt, boolean reset) {}

    record Reply(int status, String body) {}

    /** What the server answered for each sale, kept to check every answer agrees with the others. */
    final Map<UUID, Long> receipts = new ConcurrentHashMap<>();

    final Map<UUID, BigDecimal> shortfalls = new ConcurrentHashMap<>();
    final AtomicInteger recordedSeen = new AtomicInteger();

    @Test
    void everySaleEntersTheLedgerOnceWithItsTotalAndStockBalancesWhateverIsCutAndResent() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        System.out.printf(
                "StallSyncFaultIT: %d stalls x %d sales, seed %d (-Dfairs.fault.seed=%d to replay the plan)%n",
                STALLS, SALES, SEED, SEED);

        UUID editionId = FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING);
        Edition edition = editions.get(editionId);
        List<Stall> stalls = stalls(editionId);
        for (Stall stall : stalls) {
            makeSales(stall, edition, random);
        }
        putStock(stalls, random);
        pairDevices(editionId, stalls);

        // Delivery: each batch three times, every device mixed, in random order, a share cut.
        List<Batch> batches = new ArrayList<>();
        for (Stall stall : stalls) {
            batches.addAll(batches(stall, random));
        }
        List<Send> sends = new ArrayList<>();
        for (Batch batch : batches) {
            for (int i = 0; i < SENDS_PER_BATCH; i++) {
                sends.add(new Send(batch, Fault.NONE, 0, false));
            }
        }
        Collections.shuffle(sends, random);
        int cutMid = 0;
        int cutBefore = 0;
        for (int i = 0; i < sends.size(); i++) {
            double draw = random.nextDouble();
            Batch batch = sends.get(i).batch();
            if (draw < CUT_MID_REQUEST) {
                sends.set(
                        i,
                        new Send(
                                batch,
                                Fault.CUT_MID_REQUEST,
                                random.nextInt(batch.body().length),
                                random.nextBoolean()));
                cutMid++;
            } else if (draw < CUT_MID_REQUEST + CUT_BEFORE_ANSWER) {
                sends.set(i, new Send(batch, Fault.CUT_BEFORE_ANSWER, 0, false));
                cutBefore++;
            }
        }
        long deliveryStarted = System.nanoTime();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        ExecutorService cooperatives = Executors.newSingleThreadExecutor();
        AtomicBoolean selling = new AtomicBoolean(true);
        int restocks;
        try {
            // Meanwhile the cooperatives move more goods to every other stall, as they do mid-fair.
            Random restocking = new Random(SEED + 1);
            Future<Integer> restocker = cooperatives.submit(() -> restock(stalls, restocking, selling));
            List<Future<?>> running = new ArrayList<>();
            for (Send send : sends) {
                running.add(senders.submit(() -> {
                    deliver(send, null);
                    return null;
                }));
            }
            try {
                await(running);
            } finally {
                selling.set(false);
            }
            restocks = restocker.get();

            // The device sends again whatever is not acknowledged; here, every batch once more, cleanly.
            List<Batch> last = new ArrayList<>(batches);
            Collections.shuffle(last, random);
            running.clear();
            for (Batch batch : last) {
                running.add(senders.submit(() -> {
                    deliver(new Send(batch, Fault.NONE, 0, false), acknowledged);
                    return null;
                }));
            }
            await(running);
        } finally {
            selling.set(false);
            senders.shutdownNow(); // all done, or a send failed: the rest need not run
            cooperatives.shutdownNow();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            cooperatives.awaitTermination(1, TimeUnit.MINUTES);
        }
        double deliverySeconds = (System.nanoTime() - deliveryStarted) / 1e9;

        int expectedSales = STALLS * SALES;
        assertThat(acknowledged).as("sales acknowledged by the final pass").hasSize(expectedSales);
        for (Stall stall : stalls) {
            assertThat(devices.find(stall.deviceId).orElseThrow().lastSeq())
                    .as("last sequence of stall %d's device", stall.no)
                    .isEqualTo(SALES);
        }

        Map<UUID, Stall> byDevice = new HashMap<>();
        Map<UUID, Stall> byLocation = new HashMap<>();
        Map<UUID, Sale> byClientId = new HashMap<>();
        for (Stall stall : stalls) {
            byDevice.put(stall.deviceId, stall);
            byLocation.put(stall.locationId, stall);
            stall.sales.forEach(s -> byClientId.put(s.clientId(), s));
        }
        UUID[] deviceIds = byDevice.keySet().toArray(UUID[]::new);
        UUID[] locationIds = byLocation.keySet().toArray(UUID[]::new);
        assertLedger(stalls, byDevice, byClientId, deviceIds);
        Balance balance = assertStockBalances(stalls, byLocation, locationIds, deviceIds);
        double eventSeconds = assertOneEventPerSale(deviceIds);

        BigDecimal grandTotal = stalls.stream().map(Stall::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        System.out.printf(
                Locale.ROOT,
                "StallSyncFaultIT: %d stalls x %d sales -> %d sales in the ledger, each once; total %s MAD exact;"
                        + " %d discrepancies (%s units) on %d of %d stall-variants, stock balanced; %d sends"
                        + " (%d cut mid-request, %d cut before the answer) + %d final, %d restocks meanwhile;"
                        + " %d recorded by an answered send;"
                        + " one SaleRecorded each, all delivered %.1f s after the checks; delivery %.1f s, whole test %.1f s;"
                        + " seed %d%n",
                STALLS,
                SALES,
                expectedSales,
                grandTotal.toPlainString(),
                balance.discrepancies(),
                balance.shortQuantity().toPlainString(),
                balance.shortPairs(),
                balance.pairs(),
                sends.size(),
                cutMid,
                cutBefore,
                batches.size(),
                restocks,
                recordedSeen.get(),
                eventSeconds,
                deliverySeconds,
                (System.nanoTime() - started) / 1e9,
                SEED);
    }

    // --- Setup ---------------------------------------------------------------------------------

    private List<Stall> stalls(UUID editionId) {
        Map<UUID, List<UUID>> goods = new HashMap<>();
        for (UUID actor : COOPERATIVES) {
            List<UUID> variants = new ArrayList<>();
            for (String[] good : GOODS) {
                variants.add(CatalogFixtures.variantOf(products, actor, good[0], good[1]));
            }
            goods.put(actor, variants);
        }
        List<Stall> stalls = new ArrayList<>();
        List<UUID> roundEditions = new ArrayList<>();
        for (int i = 0; i < STALLS; i++) {
            UUID actor = COOPERATIVES.get(i % COOPERATIVES.size());
            // Each of the five cooperatives exhibits once per edition: one edition per five stalls, all
            // running over the same days, so every stall is an exhibitor's own (as pairing requires).
            int round = i / COOPERATIVES.size();
            while (roundEditions.size() <= round) {
                roundEditions.add(
                        round == 0
                                ? editionId
                                : FairFixtures.editionInSoussMassa(editions, territories, EditionStatus.RUNNING));
            }
            UUID location =
                    exhibitors.admit(roundEditions.get(round), actor, null).locationId();
            Stall stall = new Stall(i + 1, actor, location, goods.get(actor));
            stall.editionId = roundEditions.get(round);
            stalls.add(stall);
        }
        return stalls;
    }

    /** The device's queue: sequence 1..M over the fair's first day, 1–3 lines, priced by the device. */
    private void makeSales(Stall stall, Edition edition, Random random) {
        Instant opens =
                edition.startsOn().atTime(edition.opensAt()).atZone(MOROCCO).toInstant();
        Instant closes =
                edition.startsOn().atTime(edition.closesAt()).atZone(MOROCCO).toInstant();
        long slot = Math.max(1, Duration.between(opens, closes).toMillis() / SALES);
        Payment[] payments = Payment.values();
        for (int seq = 1; seq <= SALES; seq++) {
            Instant at = opens.plusMillis((seq - 1) * slot + (long) (random.nextDouble() * slot))
                    .truncatedTo(ChronoUnit.MILLIS);
            List<Line> lines = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                int good = random.nextInt(stall.variants.size());
                // Mostly whole units, some weighed (up to 3 decimals), so rounding to the centime matters.
                BigDecimal quantity = random.nextInt(10) < 7
                        ? BigDecimal.valueOf(1 + random.nextInt(4))
                        : BigDecimal.valueOf(1 + random.nextInt(2999), 3);
                // The catalogue price, or a price agreed at the stall.
                BigDecimal price = random.nextInt(4) < 3
                        ? new BigDecimal(GOODS[good][1])
                        : BigDecimal.valueOf(500 + random.nextInt(14_501), 2);
                lines.add(new Line(stall.variants.get(good), quantity, price));
            }
            stall.sales.add(new Sale(UUID.randomUUID(), seq, at, payments[random.nextInt(payments.length)], lines));
        }
    }

    /**
     * Limited stock: for each good, between 50 % and 150 % of what the device will sell of it
     * (whole units, at least one), so about half the goods run out and leave discrepancies.
     * Received at the cooperative's own place, then moved to each stall in one transfer.
     */
    private void putStock(List<Stall> stalls, Random random) {
        Map<UUID, Map<UUID, BigDecimal>> received = new LinkedHashMap<>();
        for (Stall stall : stalls) {
            Map<UUID, BigDecimal> sold = stall.sold();
            for (UUID variant : stall.variants) {
                BigDecimal demand = sold.getOrDefault(variant, BigDecimal.ZERO);
                long units = Math.max(1, Math.round(demand.doubleValue() * (0.5 + random.nextDouble())));
                stall.put.put(variant, BigDecimal.valueOf(units));
                received.computeIfAbsent(stall.actorId, a -> new LinkedHashMap<>())
                        .merge(variant, BigDecimal.valueOf(units), BigDecimal::add);
            }
        }
        // The cooperative's own place also gets what it may send to its restocked stalls later (3 at most a time).
        for (Stall stall : stalls) {
            if (stall.restocked) {
                stall.variants.forEach(v -> received.get(stall.actorId)
                        .merge(v, BigDecimal.valueOf(3L * RESTOCKS_PER_STALL), BigDecimal::add));
            }
        }
        received.forEach((actor, quantities) -> {
            UUID own = locations.ofActor(actor).id();
            quantities.forEach((variant, quantity) -> stock.receive(own, variant, quantity, "fault test"));
        });
        for (Stall stall : stalls) {
            stock.transfer(
                    "MOVE",
                    stall.actorId,
                    locations.ofActor(stall.actorId).id(),
                    stall.locationId,
                    stall.put.entrySet().stream()
                            .map(e -> new StockJournal.Move(e.getKey(), e.getValue()))
                            .toList(),
                    null);
        }
    }

    /**
     * While the devices sync: one transfer after another of 1–3 more of each good from the
     * cooperative's own place to a restocked stall (at most {@link #RESTOCKS_PER_STALL} each), all
     * recorded in what was put there. Returns how many transfers were made.
     */
    private int restock(List<Stall> stalls, Random random, AtomicBoolean selling) throws InterruptedException {
        List<Stall> restocked = stalls.stream().filter(s -> s.restocked).toList();
        Map<Stall, Integer> done = new HashMap<>();
        int transfers = 0;
        while (selling.get() && !restocked.isEmpty() && transfers < RESTOCKS_PER_STALL * restocked.size()) {
            Stall stall = restocked.get(random.nextInt(restocked.size()));
            if (done.merge(stall, 1, Integer::sum) > RESTOCKS_PER_STALL) {
                continue;
            }
            List<StockJournal.Move> moves = stall.variants.stream()
                    .map(v -> new StockJournal.Move(v, BigDecimal.valueOf(1 + random.nextInt(3))))
                    .toList();
            stock.transfer(
                    "MOVE", stall.actorId, locations.ofActor(stall.actorId).id(), stall.locationId, moves, "restock");
            moves.forEach(m -> stall.put.merge(m.variantId(), m.quantity(), BigDecimal::add));
            transfers++;
            Thread.sleep(random.nextInt(10));
        }
        return transfers;
    }

    /** Every device pairs through the real HTTP endpoint with its one-time code. */
    private void pairDevices(UUID editionId, List<Stall> stalls) throws IOException {
        for (Stall stall : stalls) {
            StallDevices.Pairing pairing =
                    devices.startPairing(stall.editionId, stall.locationId, "Téléphone " + stall.no);
            Reply reply = post(
                    "/api/v1/pos/pair",
                    null,
                    ("{\"code\":\"" + pairing.code() + "\"}").getBytes(StandardCharsets.UTF_8),
                    Fault.NONE,
                    0,
                    false);
            assertThat(reply.status())
                    .as("pairing stall %d: %s", stall.no, reply.body())
                    .isEqualTo(201);
            JsonNode paired = json.readTree(reply.body());
            assertThat(paired.get("nextSeq").asLong()).isEqualTo(1);
            assertThat(paired.get("deviceId").asString())
                    .isEqualTo(pairing.deviceId().toString());
            stall.deviceId = pairing.deviceId();
            stall.token = paired.get("token").asString();
        }
    }

    /** The queue split as a device sends it: oldest first, 10–25 sales a batch. */
    private static List<Batch> batches(Stall stall, Random random) {
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < stall.sales.size(); ) {
            int to = Math.min(stall.sales.size(), from + 10 + random.nextInt(16));
            List<Sale> sales = List.copyOf(stall.sales.subList(from, to));
            StringBuilder body = new StringBuilder("{\"sales\":[");
            for (int i = 0; i < sales.size(); i++) {
                body.append(i == 0 ? "" : ",").append(sales.get(i).json());
            }
            body.append("]}");
            batches.add(new Batch(stall, sales, body.toString().getBytes(StandardCharsets.UTF_8)));
            from = to;
        }
        return batches;
    }

    // --- Delivery ------------------------------------------------------------------------------

    /** One send; an answered one must acknowledge every sale of the batch with the device's total. */
    private void deliver(Send send, @Nullable Set<UUID> acknowledged) throws IOException {
        Batch batch = send.batch();
        Reply reply =
                post("/api/v1/pos/sync", batch.stall().token, batch.body(), send.fault(), send.cutAt(), send.reset());
        if (reply == null) {
            return;
        }
        assertThat(reply.status())
                .as("sync of stall %d: %s", batch.stall().no, reply.body())
                .isEqualTo(200);
        JsonNode answer = json.readTree(reply.body());
        JsonNode results = answer.get("results");
        assertThat(results.size())
                .as("results of a batch of %d", batch.sales().size())
                .isEqualTo(batch.sales().size());
        long highest = 0;
        for (int i = 0; i < batch.sales().size(); i++) {
            Sale sale = batch.sales().get(i);
            JsonNode result = results.get(i);
            String status = result.get("status").asString();
            assertThat(result.get("clientId").asString())
                    .isEqualTo(sale.clientId().toString());
            assertThat(status)
                    .as("sale %d of stall %d: %s", sale.seq(), batch.stall().no, result)
                    .isIn("RECORDED", "DUPLICATE");
            assertThat(result.get("seq").asLong()).isEqualTo(sale.seq());
            assertThat(result.get("total").decimalValue())
                    .as("total of sale %d of stall %d", sale.seq(), batch.stall().no)
                    .isEqualByComparingTo(sale.total());
            long receipt = result.get("receiptNo").asLong();
            Long before = receipts.putIfAbsent(sale.clientId(), receipt);
            assertThat(before == null ? receipt : before)
                    .as("receipt of sale %d of stall %d, answered twice", sale.seq(), batch.stall().no)
                    .isEqualTo(receipt);
            BigDecimal shortfall = result.get("shortfall").decimalValue();
            BigDecimal shortBefore = shortfalls.putIfAbsent(sale.clientId(), shortfall);
            assertThat(shortBefore == null ? shortfall : shortBefore).isEqualByComparingTo(shortfall);
            if (status.equals("RECORDED")) {
                recordedSeen.incrementAndGet();
            }
            if (acknowledged != null) {
                acknowledged.add(sale.clientId());
            }
            highest = Math.max(highest, sale.seq());
        }
        assertThat(answer.get("lastSeq").asLong()).isGreaterThanOrEqualTo(highest);
    }

    /**
     * A POST over a raw socket (HTTP/1.1, one request per connection), so that it can be cut: after
     * part of the body (closed, or reset when {@code reset}), or after the whole request without
     * reading the answer. Returns the answer only when not cut.
     */
    private @Nullable Reply post(
            String path, @Nullable String token, byte[] body, Fault fault, int cutAt, boolean reset)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + (token == null ? "" : "Authorization: Device " + token + "\r\n")
                    + "Content-Type: application/json\r\n"
                    + "Accept: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (fault == Fault.CUT_MID_REQUEST) {
                out.write(body, 0, cutAt);
                out.flush();
                if (reset) {
                    socket.setSoLinger(true, 0);
                }
                return null;
            }
            out.write(body);
            out.flush();
            if (fault == Fault.CUT_BEFORE_ANSWER) {
                return null;
            }
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")
                    && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(exactly(in, size));
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            body.write(exactly(in, (int) length));
        } else {
            body.write(in.readAllBytes());
        }
        return new Reply(status, body.toString(StandardCharsets.UTF_8));
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(line(in).split(";")[0].trim(), 16);
    }

    private static byte[] exactly(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException("Answer cut short");
        }
        return bytes;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("Connection closed in the answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void await(List<Future<?>> running) throws Exception {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw (Error) e.getCause();
            }
        }
    }

    // --- Assertions against the database ------------------------------------------------------

    private void assertLedger(
            List<Stall> stalls, Map<UUID, Stall> byDevice, Map<UUID, Sale> byClientId, UUID[] deviceIds) {
        // Each sale once, with the total the device computed.
        Map<UUID, BigDecimal> totals = new HashMap<>();
        Map<UUID, UUID> deviceOf = new HashMap<>();
        jdbc.sql("select client_id, device_id, total from sales_sale where device_id = any(?)")
                .param(deviceIds)
                .query((rs, n) -> {
                    UUID clientId = rs.getObject(1, UUID.class);
                    assertThat(totals.put(clientId, rs.getBigDecimal(3)))
                            .as("sale %s twice", clientId)
                            .isNull();
                    deviceOf.put(clientId, rs.getObject(2, UUID.class));
                    return clientId;
                })
                .list();
        assertThat(totals).as("sales in the ledger").hasSize(STALLS * SALES);
        assertThat(totals.keySet()).isEqualTo(byClientId.keySet());
        totals.forEach((clientId, total) -> {
            Sale sale = byClientId.get(clientId);
            assertThat(total).as("total of sale %s", clientId).isEqualTo(sale.total());
            assertThat(byDevice.get(deviceOf.get(clientId)).sales).contains(sale);
        });
        assertThat(jdbc.sql("""
                        select count(*) from (select device_id, device_seq from sales_sale where device_id = any(?)
                          group by device_id, device_seq having count(*) > 1) twice""").param(deviceIds).query(Long.class).single())
                .as("(device, seq) held twice")
                .isZero();

        // Per device: sequences 1..M, and its own total to the centime.
        Map<UUID, BigDecimal> byDeviceTotal = new HashMap<>();
        jdbc.sql("""
                        select device_id, count(*), count(distinct device_seq), min(device_seq), max(device_seq), sum(total)
                        from sales_sale where device_id = any(?) group by device_id""")
                .param(deviceIds)
                .query((rs, n) -> {
                    assertThat(List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                            .isEqualTo(List.of((long) SALES, (long) SALES, 1L, (long) SALES));
                    return byDeviceTotal.put(rs.getObject(1, UUID.class), rs.getBigDecimal(6));
                })
                .list();
        for (Stall stall : stalls) {
            assertThat(byDeviceTotal.get(stall.deviceId))
                    .as("total of stall %d", stall.no)
                    .isEqualTo(stall.total());
        }
        BigDecimal grand = stalls.stream().map(Stall::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        assertThat(jdbc.sql("select sum(total) from sales_sale where device_id = any(?)")
                        .param(deviceIds)
                        .query(BigDecimal.class)
                        .single())
                .as("grand total")
                .isEqualTo(grand);

        // Lines add up to their sale, one line per line the device sent.
        assertThat(jdbc.sql("""
                        select count(*) from sales_sale s
                        where s.device_id = any(?)
                          and (s.total <> (select coalesce(sum(l.amount), 0) from sales_sale_line l where l.sale_id = s.id)
                            or s.line_count <> (select count(*) from sales_sale_line l where l.sale_id = s.id))""").param(deviceIds).query(Long.class).single())
                .as("sales whose lines do not add up")
                .isZero();
        assertThat(jdbc.sql("""
                        select coalesce(sum(l.amount), 0) from sales_sale_line l join sales_sale s on s.id = l.sale_id
                        where s.device_id = any(?)""").param(deviceIds).query(BigDecimal.class).single())
                .isEqualTo(grand);
        assertThat(jdbc.sql("""
                        select count(*) from sales_sale where device_id = any(?) and cardinality(flags) > 0""").param(deviceIds).query(Long.class).single())
                .as("sales flagged (no day was closed)")
                .isZero();
    }

    record Balance(long discrepancies, BigDecimal shortQuantity, int shortPairs, int pairs) {}

    private Balance assertStockBalances(
            List<Stall> stalls, Map<UUID, Stall> byLocation, UUID[] locationIds, UUID[] deviceIds) {
        Map<String, BigDecimal> sold = sums("""
                select l.location_id, l.variant_id, sum(l.quantity) from sales_sale_line l
                join sales_sale s on s.id = l.sale_id where s.device_id = any(?) group by 1, 2""", deviceIds);
        Map<String, BigDecimal> short_ = sums("""
                select location_id, variant_id, sum(quantity) from sales_stock_discrepancy
                where location_id = any(?) group by 1, 2""", locationIds);
        Map<String, BigDecimal> levels = sums("""
                select location_id, variant_id, quantity from sales_stock_level where location_id = any(?)""", locationIds);
        Map<String, BigDecimal> received = sums("""
                select location_id, variant_id, sum(quantity) from sales_stock_entry
                where location_id = any(?) and kind in ('RECEIPT', 'TRANSFER_IN') group by 1, 2""", locationIds);
        Map<String, BigDecimal> takenBySales = sums("""
                select location_id, variant_id, -sum(quantity) from sales_stock_entry
                where location_id = any(?) and kind = 'SALE' group by 1, 2""", locationIds);
        Map<String, BigDecimal> journal = sums("""
                select location_id, variant_id, sum(quantity) from sales_stock_entry
                where location_id = any(?) group by 1, 2""", locationIds);
        assertThat(jdbc.sql("""
                        select count(*) from sales_stock_entry
                        where location_id = any(?) and kind not in ('RECEIPT', 'TRANSFER_IN', 'SALE')""").param(locationIds).query(Long.class).single())
                .as("other stock movements at the stalls")
                .isZero();

        int pairs = 0;
        int shortPairs = 0;
        BigDecimal shortQuantity = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (Stall stall : stalls) {
            Map<UUID, BigDecimal> expectedSold = stall.sold();
            for (UUID variant : stall.variants) {
                String key = stall.locationId + "/" + variant;
                seen.add(key);
                pairs++;
                BigDecimal put = stall.put.get(variant);
                BigDecimal wanted = expectedSold.getOrDefault(variant, BigDecimal.ZERO);
                BigDecimal s = get(sold, key);
                BigDecimal d = get(short_, key);
                BigDecimal level = get(levels, key);
                String what = "stall " + stall.no + ", variant " + variant;
                assertThat(get(received, key)).as("received at %s", what).isEqualByComparingTo(put);
                assertThat(s).as("sold at %s", what).isEqualByComparingTo(wanted);
                assertThat(level).as("level at %s", what).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(put.subtract(s).add(d))
                        .as("received - sold + discrepancy = level at %s", what)
                        .isEqualByComparingTo(level);
                if (stall.restocked) {
                    // Restocked while selling: a sale may have run short before goods came.
                    assertThat(d)
                            .as("discrepancy at %s", what)
                            .isGreaterThanOrEqualTo(wanted.subtract(put).max(BigDecimal.ZERO))
                            .isLessThanOrEqualTo(wanted);
                } else {
                    // Nothing arrives once selling starts: the shortfall is exactly what was sold beyond the stock.
                    assertThat(d)
                            .as("discrepancy at %s", what)
                            .isEqualByComparingTo(wanted.subtract(put).max(BigDecimal.ZERO));
                }
                assertThat(get(takenBySales, key))
                        .as("taken by sales at %s", what)
                        .isEqualByComparingTo(s.subtract(d));
                assertThat(get(journal, key)).as("journal at %s", what).isEqualByComparingTo(level);
                if (d.signum() > 0) {
                    shortPairs++;
                    shortQuantity = shortQuantity.add(d);
                }
            }
        }
        assertThat(seen).as("stall-variants with stock, sales or discrepancies").containsAll(levels.keySet());
        assertThat(seen).containsAll(sold.keySet()).containsAll(short_.keySet());
        assertThat(shortPairs).as("stall-variants that ran out").isPositive();
        assertThat(shortPairs).as("stall-variants that did not run out").isLessThan(pairs);

        // Every discrepancy belongs to a line of a sale of its own stall, of that good, and is at most that line.
        assertThat(jdbc.sql("""
                        select count(*) from sales_stock_discrepancy d
                        left join sales_sale_line l on l.sale_id = d.sale_id and l.line_no = d.line_no
                        left join sales_sale s on s.id = d.sale_id
                        where d.location_id = any(?)
                          and (l.sale_id is null or s.location_id <> d.location_id or l.variant_id <> d.variant_id
                            or d.quantity > l.quantity or s.device_id is null or not (s.device_id = any(?)))""")
                        .params(locationIds, deviceIds)
                        .query(Long.class)
                        .single())
                .as("discrepancies not attached to a line of a sale of their stall")
                .isZero();
        // And each sale's recorded shortfall is what the answers said.
        Map<UUID, BigDecimal> recordedShort = new HashMap<>();
        jdbc.sql("""
                        select s.client_id, coalesce(sum(d.quantity), 0) from sales_sale s
                        left join sales_stock_discrepancy d on d.sale_id = s.id
                        where s.device_id = any(?) group by s.client_id""")
                .param(deviceIds)
                .query((rs, n) -> recordedShort.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        assertThat(recordedShort).hasSize(STALLS * SALES);
        recordedShort.forEach((clientId, quantity) -> assertThat(shortfalls.get(clientId))
                .as("shortfall answered for %s", clientId)
                .isEqualByComparingTo(quantity));
        long discrepancies = jdbc.sql("select count(*) from sales_stock_discrepancy where location_id = any(?)")
                .param(locationIds)
                .query(Long.class)
                .single();
        assertThat(byLocation).hasSize(STALLS);
        return new Balance(discrepancies, shortQuantity, shortPairs, pairs);
    }

    /**
     * Each sale published one durable {@link SaleRecorded}, with its total, whatever was resent: waits
     * for the listeners (asynchronous, after commit) to have them all; returns how long that took.
     */
    private double assertOneEventPerSale(UUID[] deviceIds) throws InterruptedException {
        long started = System.nanoTime();
        Map<UUID, BigDecimal> sales = new HashMap<>();
        jdbc.sql("select id, total from sales_sale where device_id = any(?)")
                .param(deviceIds)
                .query((rs, n) -> sales.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        Map<UUID, Integer> events = new HashMap<>();
        while (true) {
            events.clear();
            for (SaleRecorded event : probe.sales()) {
                if (sales.containsKey(event.saleId())) {
                    events.merge(event.saleId(), 1, Integer::sum);
                    assertThat(event.total()).isEqualByComparingTo(sales.get(event.saleId()));
                }
            }
            if (events.size() == sales.size() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(events.keySet()).as("sales whose SaleRecorded arrived").isEqualTo(sales.keySet());
        assertThat(events.values()).as("SaleRecorded per sale").containsOnly(1);
        return (System.nanoTime() - started) / 1e9;
    }

    private Map<String, BigDecimal> sums(String sql, UUID[] ids) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql(sql)
                .param(ids)
                .query((rs, n) ->
                        sums.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class), rs.getBigDecimal(3)))
                .list();
        return sums;
    }

    private static BigDecimal get(Map<String, BigDecimal> sums, String key) {
        return sums.getOrDefault(key, BigDecimal.ZERO);
    }
}
