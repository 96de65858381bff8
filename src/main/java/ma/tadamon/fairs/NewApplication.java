package ma.tadamon.fairs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an actor's manager enters to apply: the products to show and what the stand needs. */
public record NewApplication(
        List<UUID> products,
        @Nullable BigDecimal areaM2,
        boolean electricity,
        boolean water,
        @Nullable String note) {

    public NewApplication {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
