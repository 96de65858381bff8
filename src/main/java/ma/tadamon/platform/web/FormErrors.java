package ma.tadamon.platform.web;

import ma.tadamon.platform.InvalidRequestException;
import org.springframework.validation.BindingResult;

/** Puts a rule broken in a service next to the form field it concerns, in the reader's language. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult binding, InvalidRequestException e) {
        if (hasRecordComponent(binding, e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasRecordComponent(BindingResult binding, String field) {
        Object target = binding.getTarget();
        if (target == null || !target.getClass().isRecord()) {
            return false;
        }
        for (var component : target.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
