package ma.tadamon.catalog;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.tadamon.platform.LocalizedText;

/** A product with its variants, as its actor and the public see it. */
public record Product(
        UUID id,
        UUID actorId,
        String code,
        LocalizedText name,
        LocalizedText description,
        String sector,
        String valueChain,
        Unit unit,
        ProductStatus status,
        List<Variant> variants) {

    public String name(Locale locale) {
        return name.in(locale);
    }

    public boolean isPublic() {
        return status == ProductStatus.ACTIVE;
    }
}
