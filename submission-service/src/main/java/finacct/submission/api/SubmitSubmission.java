package finacct.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitSubmission(@TargetAggregateIdentifier String submissionId, Long expectedVersion) {
}
