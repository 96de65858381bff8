package ma.tadamon.sales;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A client id already used for a different sale: the first sale stands, this one is refused. */
@ResponseStatus(HttpStatus.CONFLICT)
public class SaleRejectedException extends RuntimeException {

    private final String messageKey;

    public SaleRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
