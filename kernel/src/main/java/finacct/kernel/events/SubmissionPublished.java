package finacct.kernel.events;

public record SubmissionPublished(String submissionId, int publishedVersion) implements SubmissionEvent {
}
