package ma.tadamon.fairs;

import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;

/** An organiser or partner of an edition with its role (ORGANISER, CO_ORGANISER, PARTNER, FUNDER, SPONSOR, MEDIA). */
public record EditionParty(UUID partyId, LocalizedText name, String role) {

    public static final java.util.List<String> ROLES =
            java.util.List.of("ORGANISER", "CO_ORGANISER", "PARTNER", "FUNDER", "SPONSOR", "MEDIA");

    public String name(Locale locale) {
        return name.in(locale);
    }
}
