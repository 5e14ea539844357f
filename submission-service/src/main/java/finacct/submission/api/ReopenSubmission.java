package finacct.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department reopens its published final accounts to correct them; the published version stays readable. */
public record ReopenSubmission(@TargetAggregateIdentifier String submissionId, Long expectedVersion, String reason) {
}
