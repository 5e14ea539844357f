package finacct.submission.api;

import java.util.List;

/** The input is wrong (400): nothing was stored; {@code errors} names every offending field. */
public class InputRejectedException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InputRejectedException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public static InputRejectedException of(String field, String message) {
        return new InputRejectedException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
