package finacct.kernel.events;

/**
 * The department reopens a published submission to correct it: back to draft while the published version stays
 * readable; approving and publishing again makes the next published version.
 */
public record SubmissionReopened(String submissionId, String reason) implements SubmissionEvent {
}
