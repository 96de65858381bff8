package ma.tadamon.sales.internal;

import java.util.Locale;
import ma.tadamon.sales.SaleRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A client id reused for a different sale: 409, the first sale stands. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SalesProblems {

    private final MessageSource messages;

    SalesProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SaleRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(SaleRejectedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), null, locale));
        problem.setTitle(messages.getMessage("problem.title.409", null, "Conflict", locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
