package ma.tadamon.sales.internal;

import java.util.List;
import java.util.Locale;
import ma.tadamon.catalog.Products;
import ma.tadamon.catalog.SellableVariant;
import ma.tadamon.identity.Account;
import ma.tadamon.identity.Accounts;
import ma.tadamon.identity.Roles;
import ma.tadamon.platform.notify.Notification;
import ma.tadamon.platform.notify.NotificationSender;
import ma.tadamon.sales.Location;
import ma.tadamon.sales.Locations;
import ma.tadamon.sales.StockRunningLow;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a cooperative's managers when a sale at a store or stall takes its consigned stock of a
 * product down to the threshold ({@code tadamon.sales.low-stock-threshold}, 5 by default), so that
 * they send more before the shelf is empty. Durable: a notification lost to a crash is sent on restart.
 */
@Component
class LowStockAlerts {

    private final Locations locations;
    private final Products products;
    private final Accounts accounts;
    private final NotificationSender notifications;
    private final MessageSource messages;

    LowStockAlerts(
            Locations locations,
            Products products,
            Accounts accounts,
            NotificationSender notifications,
            MessageSource messages) {
        this.locations = locations;
        this.products = products;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(StockRunningLow low) {
        Location location = locations.find(low.locationId()).orElse(null);
        SellableVariant variant = products.sellable(List.of(low.variantId())).get(low.variantId());
        if (location == null || variant == null) {
            return;
        }
        for (Account manager : accounts.holdersOf(low.actorId(), Roles.COOP_MANAGER)) {
            Locale locale = Locale.forLanguageTag(manager.locale());
            Object[] args = {
                variant.label(locale),
                location.name(locale),
                low.left().stripTrailingZeros().toPlainString()
            };
            String subject = messages.getMessage("stock.low.subject", args, locale);
            String body = messages.getMessage("stock.low.body", args, locale);
            notifications.send(Notification.to(manager.email(), manager.phone(), subject, body));
        }
    }
}
