package finacct.submission.query;

import finacct.kernel.events.SubmissionApproved;
import finacct.kernel.events.SubmissionEvent;
import finacct.kernel.events.SubmissionPublished;
import finacct.kernel.events.SubmissionReopened;
import finacct.kernel.events.SubmissionReturned;
import finacct.kernel.events.SubmissionSubmitted;
import finacct.kernel.events.SubmissionWithdrawn;

import java.util.ArrayList;
import java.util.List;

/**
 * The review steps of a submission's stream with who took them and when (which the state fold does not see): what
 * the department reads of the bureau's decisions, and what the reviewer reads of the history.
 */
final class ReviewTrail {

    private final List<SubmissionState.ReviewStep> steps = new ArrayList<>();
    private final List<SubmissionState.Publication> publications = new ArrayList<>();
    private long approvedVersion;
    private int publishedVersion;

    void apply(SubmissionEvent event, long sequence, String at, String actor) {
        String type = event.getClass().getSimpleName();
        if (event instanceof SubmissionSubmitted) {
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, null, null, null));
        } else if (event instanceof SubmissionWithdrawn e) {
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, e.reason(), null, null));
        } else if (event instanceof SubmissionApproved e) {
            approvedVersion = e.approvedVersion();
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, e.comment(), null, null));
        } else if (event instanceof SubmissionReturned e) {
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, null, e.reasons(), null));
        } else if (event instanceof SubmissionPublished e) {
            publishedVersion = e.publishedVersion();
            publications.add(new SubmissionState.Publication(e.publishedVersion(), approvedVersion, at, actor));
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, null, null, e.publishedVersion()));
        } else if (event instanceof SubmissionReopened e) {
            steps.add(new SubmissionState.ReviewStep(type, at, actor, sequence, e.reason(), null, null));
        }
    }

    int publishedVersion() {
        return publishedVersion;
    }

    List<SubmissionState.ReviewStep> steps() {
        return List.copyOf(steps);
    }

    List<SubmissionState.Publication> publications() {
        return List.copyOf(publications);
    }
}
