package finacct.kernel.events;

/**
 * The bureau publishes the approved submission as public version {@code publishedVersion} (1, 2, … — each
 * correction published makes the next one; earlier ones stay readable).
 */
public record SubmissionPublished(String submissionId, int publishedVersion) implements SubmissionEvent {
}
