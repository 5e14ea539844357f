package finacct.submission.api;

import finacct.kernel.events.SubmissionIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the final accounts of a department for a fiscal year; template version and unit are optional. */
public record OpenSubmission(@TargetAggregateIdentifier String submissionId, String departmentCode, int fiscalYear,
                             String templateVersion, String unit) {

    public static OpenSubmission of(String departmentCode, int fiscalYear, String templateVersion, String unit) {
        return new OpenSubmission(SubmissionIds.of(departmentCode, fiscalYear), departmentCode, fiscalYear,
                templateVersion, unit);
    }
}
