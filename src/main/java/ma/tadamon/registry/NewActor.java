package ma.tadamon.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What registering an actor takes. Names: Arabic or French at least. */
public record NewActor(
        ActorType type,
        @Nullable String nameAr,
        @Nullable String nameFr,
        @Nullable String nameEn,
        @Nullable String legalForm,
        @Nullable LocalDate createdOn,
        String valueChain,
        long communeId,
        @Nullable String address,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String storyAr,
        @Nullable String storyFr,
        @Nullable String registrationNumber,
        @Nullable String registrationAuthority,
        @Nullable LocalDate registrationDate,
        @Nullable String ice,
        @Nullable String rib) {

    /** The minimum: type, names, value chain and commune. */
    public static NewActor of(ActorType type, String nameAr, String nameFr, String valueChain, long communeId) {
        return new NewActor(
                type,
                nameAr,
                nameFr,
                null,
                null,
                null,
                valueChain,
                communeId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
