package finacct.submission.api;

/** The command does not fit the submission's state (already open, already submitted, …): 409. */
public class SubmissionConflictException extends RuntimeException {
    public SubmissionConflictException(String detail) {
        super(detail);
    }
}
