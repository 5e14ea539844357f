package finacct.submission.api;

import finacct.kernel.events.Indicator;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Report (or replace, by evaluationId) one self-evaluation, department-wide or of one project. */
public record ReportPerformanceEvaluation(@TargetAggregateIdentifier String submissionId, Long expectedVersion,
                                          String evaluationId, String scope, String name, String budget,
                                          String executed, String rate, String weight, String score,
                                          List<Indicator> indicators, String totalScore) {
}
