package finacct.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department takes its submitted final accounts back to draft. */
public record WithdrawSubmission(@TargetAggregateIdentifier String submissionId, Long expectedVersion,
                                 String reason) {
}
