package ma.tadamon.sales.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.Roles;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import ma.tadamon.sales.Channel;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.SaleRecorded;
import ma.tadamon.sales.StockJournal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a cooperative when a sale at a store or stall takes its consigned stock of a product down to
 * the threshold, so that it sends more before the shelf is empty. Once per crossing: the sale that
 * went from above the threshold to at or below it.
 */
@Component
class LowStockAlerts {

    private final Locations locations;
    private final StockJournal stock;
    private final Products products;
    private final Accounts accounts;
    private final NotificationSender notifications;
    private final MessageSource messages;
    private final BigDecimal threshold;

    LowStockAlerts(
            Locations locations,
            StockJournal stock,
            Products products,
            Accounts accounts,
            NotificationSender notifications,
            MessageSource messages,
            @Value("${tadamon.sales.low-stock-threshold:5}") BigDecimal threshold) {
        this.locations = locations;
        this.stock = stock;
        this.products = products;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.threshold = threshold;
    }

    @ApplicationModuleListener
    void on(SaleRecorded sale) {
        if (!sale.kind().equals("SALE") || (sale.channel() != Channel.STORE && sale.channel() != Channel.FAIR)) {
            return; // only consigned stock (stores, stalls) is watched
        }
        Location location = locations.find(sale.locationId()).orElse(null);
        if (location == null) {
            return;
        }
        Map<UUID, BigDecimal> sold = new HashMap<>();
        for (SaleRecorded.Line line : sale.lines()) {
            sold.merge(line.variantId(), line.quantity(), BigDecimal::add);
        }
        Map<UUID, SellableVariant> variants = products.sellable(List.copyOf(sold.keySet()));
        sold.forEach((variantId, quantity) -> {
            BigDecimal left = stock.levelAfterSale(location.id(), variantId, sale.saleId());
            boolean crossed =
                    left.compareTo(threshold) <= 0 && left.add(quantity).compareTo(threshold) > 0;
            SellableVariant variant = variants.get(variantId);
            if (crossed && variant != null) {
                for (Account manager : accounts.holdersOf(variant.actorId(), Roles.COOP_MANAGER)) {
                    notify(manager, variant, location, left);
                }
            }
        });
    }

    private void notify(Account manager, SellableVariant variant, Location location, BigDecimal left) {
        Locale locale = Locale.forLanguageTag(manager.locale());
        Object[] args = {
            variant.label(locale),
            location.name(locale),
            left.stripTrailingZeros().toPlainString()
        };
        String subject = messages.getMessage("stock.low.subject", args, locale);
        String body = messages.getMessage("stock.low.body", args, locale);
        if (manager.email() != null) {
            notifications.send(new Notification(Notification.Channel.EMAIL, manager.email(), subject, body));
        } else if (manager.phone() != null) {
            notifications.send(new Notification(Notification.Channel.SMS, manager.phone(), subject, body));
        }
    }
}
