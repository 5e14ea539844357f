package finacct.validation.history;

/** submission-service could not give a submission's history now; the caller tries again later. */
public class HistoryUnavailableException extends Exception {

    public HistoryUnavailableException(String message) {
        super(message);
    }

    public HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
