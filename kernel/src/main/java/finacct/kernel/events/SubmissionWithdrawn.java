package finacct.kernel.events;

/** The department takes a submitted submission back to draft. */
public record SubmissionWithdrawn(String submissionId, String reason) implements SubmissionEvent {
}
