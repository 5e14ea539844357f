package finacct.service.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A 4xx answer: status, a Chinese detail for the user, and the fields at fault. */
public class ApiProblem extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final HttpStatus status;
    private final List<FieldError> errors;

    public ApiProblem(HttpStatus status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ApiProblem badField(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
