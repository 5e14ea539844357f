package finacct.submission.validation;

/** validation-service could not be asked (down, refused our token, answered garbage): a review waits, 503. */
public class ValidationUnavailableException extends RuntimeException {
    public ValidationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ValidationUnavailableException(String message) {
        super(message);
    }
}
