package ma.tadamon.web.internal;

import java.util.Locale;
import java.util.Map;
import ma.tadamon.platform.InvalidRequestException;
import ma.tadamon.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as RFC 9457 problem details, with title and detail in the caller's
 * language (Accept-Language or the {@code lang} parameter). Framework errors (bad JSON, validation,
 * unsupported method...) get their localized detail from the {@code problemDetail.*} message keys.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, messages.getMessage(e.messageKey(), e.args(), locale), locale, Map.of());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, Locale locale) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.args(), locale),
                locale,
                Map.of("field", e.field()));
    }

    /** Signed in but not allowed: a 403 problem (the not signed in get a 401 before reaching here). */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, messages.getMessage("error.403.text", null, locale), locale, Map.of());
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String detail, Locale locale, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
