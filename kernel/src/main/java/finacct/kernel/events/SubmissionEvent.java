package finacct.kernel.events;

/** Every event of a submission's stream names its submission ({departmentCode}:{fiscalYear}). */
public interface SubmissionEvent {
    String submissionId();
}
