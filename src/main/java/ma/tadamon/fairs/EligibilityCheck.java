package ma.tadamon.fairs;

import java.util.List;

/**
 * One condition to apply, met or not, with its explanation: {@code fairs.eligibility.<code>.ok}
 * or {@code .no} (the latter with {@code args}). {@code field} is where a refusal is shown.
 */
public record EligibilityCheck(String code, boolean met, String field, List<Object> args) {

    public String messageKey() {
        return "fairs.eligibility." + code + (met ? ".ok" : ".no");
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
