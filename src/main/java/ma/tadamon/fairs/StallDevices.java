package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.catalog.Product;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.catalog.Variant;
import ma.tadamon.platform.Hashes;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.LocalizedText;
import ma.tadamon.platform.NotFoundException;
import ma.tadamon.platform.audit.AuditLog;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.LocationKind;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.NewSale;
import ma.tadamon.sales.OfflineSales;
import ma.tadamon.sales.StockJournal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices that sell at a fair without a network: a stall's phone, the store corner's till.
 * A device is registered by a one-time pairing code (shown as a QR code to whoever runs the stall)
 * and then known by its own token, of which only a hash is kept. It syncs its queue of offline
 * sales here; what it sends twice is recorded once, and a sale arriving after its day was closed
 * (or after the edition closed) is still recorded, flagged {@code LATE}.
 */
@Service
@Transactional
public class StallDevices {

    public static final String TOKEN_PREFIX = "tdd_";
    public static final String LATE = "LATE";
    static final Duration PAIRING_VALIDITY = Duration.ofMinutes(15);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** A device with where it sells; {@code mode} STALL (one exhibitor's goods) or STORE (the corner: every consigned good). */
    public record Device(
            UUID id,
            UUID editionId,
            UUID locationId,
            String mode,
            String name,
            boolean paired,
            boolean revoked,
            long lastSeq,
            @Nullable Instant lastSyncAt,
            @Nullable Instant pairingExpires) {}

    /** A pairing in progress: the code to show as a QR code, valid until {@code expires}. */
    public record Pairing(UUID deviceId, String code, Instant expires) {}

    /** What a device learns when it pairs: its token (shown once), and where to start numbering. */
    public record Paired(Device device, String token, long nextSeq) {}

    /** One item a device may sell, with the stock the server knew when the device fetched it. */
    public record Item(
            UUID variantId,
            String barcode,
            LocalizedText label,
            UUID actorId,
            LocalizedText actorName,
            BigDecimal price,
            BigDecimal stock) {}

    public record Sync(List<OfflineSales.Outcome> outcomes, long lastSeq) {}

    private final JdbcClient jdbc;
    private final Editions editions;
    private final Locations locations;
    private final Products products;
    private final StockJournal stock;
    private final OfflineSales offline;
    private final AuditLog audit;

    StallDevices(
            JdbcClient jdbc,
            Editions editions,
            Locations locations,
            Products products,
            StockJournal stock,
            OfflineSales offline,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.locations = locations;
        this.products = products;
        this.stock = stock;
        this.offline = offline;
        this.audit = audit;
    }

    /**
     * Starts registering a device for a location of the edition (an exhibitor's stall or the store
     * corner): returns the one-time code to show. Callers check who may do it.
     */
    public Pairing startPairing(UUID editionId, UUID locationId, String name) {
        Edition edition = editions.get(editionId);
        if (edition.status() == EditionStatus.CLOSED) {
            throw new InvalidRequestException("status", "fairs.closed");
        }
        Location location = locations.find(locationId).orElseThrow(() -> new NotFoundException("location.notFound"));
        String mode;
        if (location.kind() == LocationKind.STALL
                && jdbc.sql("select count(*) from fairs_exhibitor where edition_id = ? and location_id = ?")
                                .params(editionId, location.id())
                                .query(Long.class)
                                .single()
                        > 0) {
            mode = "STALL";
        } else if (location.id().equals(edition.cornerLocationId())) {
            mode = "STORE";
        } else {
            throw new InvalidRequestException("location", "pos.notOfEdition");
        }
        String deviceName = name.isBlank() ? "POS" : name.strip();
        if (deviceName.length() > 60) {
            throw new InvalidRequestException("name", "validation.tooLong", 60);
        }
        UUID id = UUID.randomUUID();
        String code = code();
        Instant expires = Instant.now().plus(PAIRING_VALIDITY);
        jdbc.sql("""
                        insert into fairs_device (id, edition_id, location_id, mode, name, pairing_hash, pairing_expires,
                          created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        editionId,
                        locationId,
                        mode,
                        deviceName,
                        Hashes.sha256Hex(code),
                        OffsetDateTime.ofInstant(expires, ZoneOffset.UTC),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        FairsAccess.currentAccount())
                .update();
        audit.record("PAIRING", "device", id, null, Map.of("location", locationId, "name", deviceName));
        return new Pairing(id, code, expires);
    }

    /** The device scanned the code: it gets its token, once. An unknown, used or expired code is refused. */
    public Paired pair(String code) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        Device device = jdbc.sql(SELECT + " where pairing_hash = ? and pairing_expires > now() and revoked_at is null")
                .param(Hashes.sha256Hex(normalised))
                .query(StallDevices::device)
                .optional()
                .orElseThrow(() -> new InvalidRequestException("code", "pos.pairing.invalid"));
        String token = TOKEN_PREFIX + random(32);
        jdbc.sql("""
                        update fairs_device set token_hash = ?, pairing_hash = null, pairing_expires = null, paired_at = now()
                        where id = ?""").params(Hashes.sha256Hex(token), device.id()).update();
        audit.record("PAIRED", "device", device.id(), null, Map.of("location", device.locationId()));
        long last = Math.max(device.lastSeq(), offline.lastSequence(device.id()));
        return new Paired(find(device.id()).orElseThrow(), token, last + 1);
    }

    /** The device presenting this token, unless revoked. */
    @Transactional(readOnly = true)
    public Optional<Device> authenticate(@Nullable String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token);
        Optional<Device> known = recognised.get(hash);
        if (known.isPresent()) {
            return known;
        }
        Optional<Device> device = jdbc.sql(SELECT + " where token_hash = ? and revoked_at is null")
                .param(hash)
                .query(StallDevices::device)
                .optional();
        if (device.isPresent()) {
            recognised.put(hash, device.get());
        } else {
            recognised.remove(hash);
        }
        return device;
    }

    /**
     * A device recognised by its token is not looked up again for 30 s (each sync would otherwise
     * read it); where it sells never changes, and a revocation on this instance takes effect at once.
     */
    private final ma.tadamon.platform.RecentCache<Device> recognised =
            new ma.tadamon.platform.RecentCache<>(Duration.ofSeconds(30), 10_000);

    public void revoke(UUID deviceId) {
        int changed = jdbc.sql("update fairs_device set revoked_at = now() where id = ? and revoked_at is null")
                .param(deviceId)
                .update();
        recognised.removeIf(device -> device.id().equals(deviceId));
        if (changed > 0) {
            audit.record("REVOKE", "device", deviceId, null, null);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Device> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(StallDevices::device)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Device> ofEdition(UUID editionId) {
        return jdbc.sql(SELECT + " where edition_id = ? order by created_at")
                .param(editionId)
                .query(StallDevices::device)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Device> atLocation(UUID locationId) {
        return jdbc.sql(SELECT + " where location_id = ? order by created_at")
                .param(locationId)
                .query(StallDevices::device)
                .list();
    }

    /**
     * What the device may sell, with prices and the stock at its location: at a stall, the
     * exhibitor's active products; at the store corner, every good consigned to it.
     */
    @Transactional(readOnly = true)
    public List<Item> catalogue(Device device) {
        Location location = locations.find(device.locationId()).orElseThrow();
        Map<UUID, BigDecimal> levels = new java.util.HashMap<>();
        stock.levels(location.id()).forEach(l -> levels.put(l.variantId(), l.quantity()));
        Set<UUID> ids = new HashSet<>(levels.keySet());
        if (location.kind() == LocationKind.STALL) {
            for (Product product : products.ofActor(location.partyId(), false)) {
                product.variants().stream().filter(Variant::active).forEach(v -> ids.add(v.id()));
            }
        }
        List<Item> items = new ArrayList<>();
        for (SellableVariant v : products.sellable(ids).values()) {
            if (!v.sellable()) {
                continue;
            }
            items.add(new Item(
                    v.variantId(),
                    v.barcode(),
                    v.labels(),
                    v.actorId(),
                    v.actorName(),
                    v.price(),
                    levels.getOrDefault(v.variantId(), BigDecimal.ZERO)));
        }
        items.sort(java.util.Comparator.comparing((Item i) -> i.actorName().in(java.util.Locale.FRENCH))
                .thenComparing(i -> i.label().in(java.util.Locale.FRENCH)));
        return items;
    }

    /**
     * Takes a batch of the device's offline sales. Each is recorded once whatever is resent;
     * those whose day the stall had closed, or arriving after the edition closed, are flagged LATE.
     */
    public Sync sync(Device device, List<NewSale> sales) {
        Edition edition = editions.get(device.editionId());
        Set<LocalDate> closedDays = new HashSet<>(jdbc.sql("select day from fairs_day_close where location_id = ?")
                .param(device.locationId())
                .query(LocalDate.class)
                .list());
        boolean editionClosed = edition.status() == EditionStatus.CLOSED;
        List<OfflineSales.OfflineSale> batch = new ArrayList<>();
        for (NewSale sale : sales) {
            NewSale atDevice = new NewSale(
                    sale.clientId(),
                    device.locationId(),
                    sale.payment(),
                    sale.occurredAt(),
                    sale.lines(),
                    device.id(),
                    sale.deviceSeq(),
                    sale.cashGiven());
            boolean late = editionClosed
                    || (sale.occurredAt() != null
                            && closedDays.contains(LocalDate.ofInstant(sale.occurredAt(), MOROCCO)));
            batch.add(new OfflineSales.OfflineSale(atDevice, late ? Set.of(LATE) : Set.of()));
        }
        List<OfflineSales.Outcome> outcomes = offline.record(device.locationId(), device.id(), batch);
        long highest = outcomes.stream()
                .filter(o -> o.status() != OfflineSales.Status.REJECTED && o.deviceSeq() != null)
                .mapToLong(o -> o.deviceSeq())
                .max()
                .orElse(0);
        Long lastSeq =
                jdbc.sql("""
                        update fairs_device set last_seq = greatest(last_seq, ?), last_sync_at = now()
                        where id = ? returning last_seq""").params(highest, device.id()).query(Long.class).single();
        return new Sync(outcomes, lastSeq);
    }

    /** The seller closes a day at the location (cash counted): sales of that day arriving later are flagged. */
    public void closeDay(UUID locationId, LocalDate day, @Nullable BigDecimal cashCounted) {
        // A day yet to come (a wrong clock) would flag every sale of that day LATE.
        if (day.isAfter(LocalDate.now(MOROCCO))) {
            throw new InvalidRequestException("day", "pos.closeDay.future");
        }
        if (cashCounted != null
                && (cashCounted.signum() < 0
                        || cashCounted.stripTrailingZeros().scale() > 2
                        || cashCounted.compareTo(new BigDecimal("999999999999.99")) > 0)) {
            throw new InvalidRequestException("cashCounted", "pos.cashInvalid");
        }
        jdbc.sql("""
                        insert into fairs_day_close (location_id, day, closed_at, closed_by, cash_counted)
                        values (?, ?, now(), ?, ?)
                        on conflict (location_id, day) do nothing""")
                .params(locationId, day, FairsAccess.currentAccount(), cashCounted)
                .update();
        audit.record("CLOSE_DAY", "location", locationId, null, Map.of("day", day.toString()));
    }

    @Transactional(readOnly = true)
    public List<LocalDate> closedDays(UUID locationId) {
        return jdbc.sql("select day from fairs_day_close where location_id = ? order by day")
                .param(locationId)
                .query(LocalDate.class)
                .list();
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    private static final String SELECT = """
            select id, edition_id, location_id, mode, name, token_hash is not null as paired, revoked_at is not null as revoked,
              last_seq, last_sync_at, pairing_expires
            from fairs_device""";

    private static Device device(ResultSet rs, int n) throws SQLException {
        OffsetDateTime sync = rs.getObject("last_sync_at", OffsetDateTime.class);
        OffsetDateTime expires = rs.getObject("pairing_expires", OffsetDateTime.class);
        return new Device(
                rs.getObject("id", UUID.class),
                rs.getObject("edition_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                rs.getString("mode"),
                rs.getString("name"),
                rs.getBoolean("paired"),
                rs.getBoolean("revoked"),
                rs.getLong("last_seq"),
                sync == null ? null : sync.toInstant(),
                expires == null ? null : expires.toInstant());
    }
}
