package finacct.kernel.events;

/**
 * The bureau approves the submission as it stood at {@code approvedVersion} (its number of events when the
 * reviewer looked), on the validation of that very version ({@code validatedSequence} = the last event that
 * validation replayed, so {@code approvedVersion - 1}).
 */
public record SubmissionApproved(String submissionId, long approvedVersion, long validatedSequence, String comment)
        implements SubmissionEvent {
}
