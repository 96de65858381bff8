package ma.tadamon.observatory;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ma.tadamon.platform.indicators.Dimension;
import ma.tadamon.registry.ValueChain;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names of dimensions and of their values in the reader's language. */
@Component
class DimensionLabels {

    private final MessageSource messages;
    private final ValueChains valueChains;

    DimensionLabels(MessageSource messages, ValueChains valueChains) {
        this.messages = messages;
        this.valueChains = valueChains;
    }

    String name(Dimension dimension, Locale locale) {
        return messages.getMessage("obs.dimension." + dimension.parameter(), null, locale);
    }

    /** A labeller for one question: value chains and sectors are read once. */
    Labeller labeller(Locale locale) {
        Map<String, ValueChain> chains =
                valueChains.all().stream().collect(Collectors.toMap(ValueChain::code, vc -> vc, (a, b) -> a));
        Map<String, ValueChain> sectors =
                valueChains.all().stream().collect(Collectors.toMap(ValueChain::sector, vc -> vc, (a, b) -> a));
        return (dimension, value) -> switch (dimension) {
            case VALUE_CHAIN ->
                chains.containsKey(value) ? chains.get(value).name().in(locale) : value;
            case SECTOR ->
                sectors.containsKey(value) ? sectors.get(value).sectorName().in(locale) : value;
            case TYPE -> messages.getMessage("actor.type." + value, null, value, locale);
            case STATUS -> messages.getMessage("actor.status." + value, null, value, locale);
            case GENDER -> messages.getMessage("gender." + value, null, value, locale);
            case AGE_BAND -> messages.getMessage("ageBand." + value, null, value, locale);
            case CHANNEL -> messages.getMessage("revenue.channel." + value, null, value, locale);
        };
    }

    interface Labeller {
        String label(Dimension dimension, String value);
    }
}
