package ma.tadamon.party;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An organisation, with its kind, names, where it sits and the roles it plays. */
public record Party(
        UUID id,
        String kind,
        LocalizedText name,
        @Nullable String acronym,
        @Nullable Long territoryId,
        @Nullable String website,
        Set<String> roles) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
