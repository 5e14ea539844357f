package finacct.validation.pipeline;

/** What one validation run of a submission did. */
public enum Outcome {
    /** A new result went to the results topic. */
    PUBLISHED,
    /** Validated again, but the result equals the published one (apart from its time): nothing published. */
    UNCHANGED,
    /** The published result already covers the newest stored event with the current rule set. */
    UP_TO_DATE,
    /** The stored stream has a hole that could not be filled yet; a retry is scheduled. */
    HELD,
    /** Storing, validating or publishing failed; a retry is scheduled. */
    FAILED,
    /** Nothing is stored for the submission. */
    NO_EVENTS
}
