package ma.tadamon.platform.indicators;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator can be broken down by, besides territory and period. The parameter is the
 * stable name used in URLs, downloads and the API.
 */
public enum Dimension {
    /** The actor's legal form: cooperative, union, association, very small enterprise… */
    TYPE("type"),
    STATUS("status"),
    VALUE_CHAIN("valueChain"),
    SECTOR("sector"),
    GENDER("gender"),
    AGE_BAND("ageBand"),
    CHANNEL("channel");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<Dimension> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(d -> d.parameter.equalsIgnoreCase(parameter.trim()))
                .findFirst();
    }
}
