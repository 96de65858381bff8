package ma.tadamon.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that breaks a rule the caller can fix; carries a message key so the answer is in the
 * caller's language, and optionally the field at fault.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidRequestException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;
    private final String field;

    public InvalidRequestException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
