package ma.tadamon.registry;

import java.util.Locale;
import ma.tadamon.platform.LocalizedText;

/** An entry of the managed taxonomy: a value chain within a sector. */
public record ValueChain(String code, String sector, LocalizedText name, LocalizedText sectorName) {
    public String name(Locale locale) {
        return name.in(locale);
    }
}
