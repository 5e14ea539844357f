package finacct.publication.live;

/** What the overview's live stream says when a submission of the year changes (an event or a validation applied). */
public record SubmissionChange(String submissionId, String departmentCode, int fiscalYear, String status,
                               long version) {
}
