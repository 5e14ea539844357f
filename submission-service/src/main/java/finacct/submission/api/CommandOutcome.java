package finacct.submission.api;

/**
 * What a command did: the submission's version afterwards (number of events in its stream) and whether it
 * stored an event (false for a retried batch).
 */
public record CommandOutcome(String submissionId, long version, boolean storedEvent) {
}
