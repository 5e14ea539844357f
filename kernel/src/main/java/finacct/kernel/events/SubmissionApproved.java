package finacct.kernel.events;

public record SubmissionApproved(String submissionId, String comment) implements SubmissionEvent {
}
