package finacct.kernel.events;

public record SubmissionOpened(String submissionId, String departmentCode, int fiscalYear,
                               String templateVersion, String unit) implements SubmissionEvent {
}
