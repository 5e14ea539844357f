package finacct.submission.api;

import finacct.kernel.results.Finding;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The bureau approves the submission as it stood at {@code version}, on the latest validation the reviewer's request
 * found: {@code validatedSequence} its basedOnSequence (null when there is none yet) and {@code errors} its ERROR
 * findings, which the aggregate refuses to approve over and names back.
 */
public record ApproveSubmission(@TargetAggregateIdentifier String submissionId, Long version, Long validatedSequence,
                                List<Finding> errors, String comment) {
    public ApproveSubmission {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int errorCount() {
        return errors.size();
    }
}
