package ma.tadamon.sales;

import java.util.UUID;
import ma.tadamon.platform.InvalidRequestException;

/** A move would take a level below zero: the database refused it; nothing of the request was kept. */
public class InsufficientStockException extends InvalidRequestException {

    private final UUID variantId;

    public InsufficientStockException(UUID variantId, String label) {
        super("lines", "stock.insufficient", label);
        this.variantId = variantId;
    }

    public UUID variantId() {
        return variantId;
    }
}
