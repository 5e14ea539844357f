package finacct.kernel.events;

/** Submission identity: one per department and fiscal year, written {departmentCode}:{fiscalYear}. */
public final class SubmissionIds {
    private SubmissionIds() {
    }

    public static String of(String departmentCode, int fiscalYear) {
        return departmentCode + ":" + fiscalYear;
    }

    public static String departmentOf(String submissionId) {
        return submissionId.substring(0, submissionId.lastIndexOf(':'));
    }

    public static int fiscalYearOf(String submissionId) {
        return Integer.parseInt(submissionId.substring(submissionId.lastIndexOf(':') + 1));
    }
}
