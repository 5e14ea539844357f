package finacct.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The bureau sends the submission it looked at ({@code version}) back to the department, with its reasons. */
public record ReturnSubmission(@TargetAggregateIdentifier String submissionId, Long version, List<String> reasons) {
}
