package finacct.validation.core;

import finacct.kernel.events.EventDecoder;
import finacct.kernel.events.EventEnvelope;
import finacct.kernel.fold.SubmissionFold;

import java.util.List;

/**
 * A submission's events, in sequence order, as the validation reads them: the kernel's one fold of the stream
 * (so the cells validated are the cells the state query and the read models show), seen as a
 * {@link ReplayedSubmission}.
 */
public final class SubmissionReplay {

    private final EventDecoder decoder;

    public SubmissionReplay() {
        this(new EventDecoder());
    }

    public SubmissionReplay(EventDecoder decoder) {
        this.decoder = decoder;
    }

    public ReplayedSubmission replay(String submissionId, List<EventEnvelope> events) {
        return ReplayedSubmission.of(SubmissionFold.fold(submissionId, events, decoder));
    }
}
