package ma.tadamon.party;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What is needed to register an organisation as a party. */
public record NewParty(
        String kind,
        @Nullable String nameAr,
        @Nullable String nameFr,
        @Nullable String nameEn,
        @Nullable String acronym,
        @Nullable Long territoryId,
        @Nullable String website,
        Set<String> roles) {}
