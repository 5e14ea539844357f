package finacct.kernel.events;

public record SubmissionSubmitted(String submissionId) implements SubmissionEvent {
}
