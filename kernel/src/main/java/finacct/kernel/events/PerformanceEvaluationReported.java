package finacct.kernel.events;

import java.util.List;

/**
 * A self-evaluation (绩效自评), department-wide ({@code scope = "department"}) or of one project
 * ({@code scope = "project"}). Figures are decimal strings as printed; absent ones are null.
 */
public record PerformanceEvaluationReported(String submissionId, String evaluationId, String scope, String name,
                                            String budget, String executed, String rate, String weight,
                                            String score, List<Indicator> indicators, String totalScore)
        implements SubmissionEvent {
    public PerformanceEvaluationReported {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
