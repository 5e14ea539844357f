package finacct.kernel.fold;

/**
 * Where a submission stands, as its events say: DRAFT → SUBMITTED (withdraw → DRAFT) → APPROVED → PUBLISHED →
 * (reopen) DRAFT; SUBMITTED → RETURNED (editable like a draft, submitted again).
 */
public enum SubmissionStatus {
    /** no SubmissionOpened seen (a stream that does not start where it should) */
    UNKNOWN,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED
}
