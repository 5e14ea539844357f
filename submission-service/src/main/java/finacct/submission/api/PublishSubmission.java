package finacct.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bureau publishes the approved submission it looked at ({@code version}). */
public record PublishSubmission(@TargetAggregateIdentifier String submissionId, Long version) {
}
