package ma.tadamon.catalog;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a manager declares: the label type, the product it concerns (none: the actor itself), the
 * issuer (blank: the type's usual issuer), the certificate's number and its validity.
 */
public record NewCredential(
        @Nullable String labelType,
        @Nullable UUID productId,
        @Nullable String issuer,
        @Nullable String number,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
