package finacct.kernel.events;

import java.util.List;

/** The bureau sends a submission back to draft, with its reasons. */
public record SubmissionReturned(String submissionId, List<String> reasons) implements SubmissionEvent {
    public SubmissionReturned {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
