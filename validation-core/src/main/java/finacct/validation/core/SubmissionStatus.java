package finacct.validation.core;

/** Where a submission stands in its lifecycle, as its status events say. */
public enum SubmissionStatus {
    /** no SubmissionOpened seen (a stream that does not start where it should) */
    UNKNOWN,
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED,
    PUBLISHED
}
